package uk.cmlnetwork.web.mail;

import uk.cmlnetwork.mail.OutgoingEmail;

/**
 * An email handed to this server's sender in memory, and where it is recorded sent: in the outbox
 * ({@code owedTo} null), or where it is owed (a booking's confirmation).
 */
public record EmailInHand(OutgoingEmail email, SentRecord owedTo) {
    static EmailInHand fromOutbox(OutgoingEmail email) {
        return new EmailInHand(email, null);
    }

    boolean isInOutbox() {
        return owedTo == null;
    }
}
