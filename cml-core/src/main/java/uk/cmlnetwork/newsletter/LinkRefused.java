package uk.cmlnetwork.newsletter;

import uk.cmlnetwork.shared.DomainException;

/** A newsletter link that is not one we sent, or no longer works; the message says what to do. */
public class LinkRefused extends DomainException {
    public LinkRefused(String message) {
        super(message);
    }
}
