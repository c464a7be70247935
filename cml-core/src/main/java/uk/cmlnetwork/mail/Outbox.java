package uk.cmlnetwork.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where queued emails are kept until they are sent. */
public interface Outbox {
    void store(OutgoingEmail email);

    Optional<OutgoingEmail> find(String id);

    /** A newsletter copy of the issue for every confirmed subscriber, made in the database; returns how many. */
    int queueNewsletterCopies(String issueId, String subject, Instant now);

    /** The ids of up to {@code max} emails due at {@code now}, oldest first. */
    List<String> due(Instant now, int max);

    /**
     * Takes those of these emails that are still due for one sender round: marks them with
     * {@code claim}, moves their next attempt to {@code until} and counts the attempt. Emails another
     * round took in the meantime are left alone.
     */
    void claim(List<String> ids, Instant now, Instant until, String claim);

    /** The emails a sender round took. */
    List<OutgoingEmail> claimedBy(String claim);

    /** The mail server accepted these: recorded sent, their text and calendar no longer kept. */
    void markSent(List<String> ids, Instant at);

    /** How many emails of this kind are sent, waiting, and failed. */
    OutboxCount count(String kind);

    /** The same for every email, of every kind. */
    OutboxCount countAll();

    /** The same for the subscribers' copies of a newsletter issue. */
    OutboxCount countCopies(String issueId);

    List<OutgoingEmail> failedCopies(String issueId, int limit);

    /** The failed copies of the issue are due again at {@code now}; returns how many. */
    int retryFailedCopies(String issueId, Instant now);
}
