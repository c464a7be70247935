package uk.cmlnetwork.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where queued emails are kept until they are sent. */
public interface Outbox {
    void store(OutgoingEmail email);

    Optional<OutgoingEmail> find(String id);

    /** Up to {@code max} emails due at {@code now}, oldest first. */
    List<OutgoingEmail> due(Instant now, int max);

    /**
     * Takes the email for one sender: moves its next attempt to {@code until} and counts the attempt,
     * only if nobody else moved it since it was read as due at {@code seenAt}. True when this caller
     * got it.
     */
    boolean claim(String id, Instant seenAt, Instant until);

    /** How many emails of this kind are sent, waiting, and given up. */
    OutboxCount count(String kind);
}
