package uk.cmlnetwork.member;

import uk.cmlnetwork.shared.DomainException;

/** An emailed link that has expired, was used already, or was never sent by us. */
public class InvalidLink extends DomainException {
    public InvalidLink(String what) {
        super("This " + what + " link has expired or has already been used. Ask for a new one.");
    }
}
