package uk.cmlnetwork.newsletter;

import java.time.Instant;

/** Where a sender records each copy as sent, just before it tells the mail server the copy is complete. */
public interface SentCopies {
    /** SENDING → SENT for this claim only; false when the copy is no longer this sender's. */
    boolean markSent(DeliveryKey key, String claim, Instant now);
}
