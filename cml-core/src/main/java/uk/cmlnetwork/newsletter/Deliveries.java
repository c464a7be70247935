package uk.cmlnetwork.newsletter;

import java.time.Instant;
import java.util.List;

/** The newsletter's durable outbox: one row per issue and recipient. */
public interface Deliveries extends SentCopies {
    /** Adds a WAITING copy of the issue for every confirmed subscriber; returns how many. */
    int addForSubscribers(String issueId);

    /** Copies left SENDING by a sender whose claim ran out go back to WAITING. */
    int releaseStale(Instant now);

    /** Up to {@code max} waiting copies of issues being sent, oldest issue first. */
    List<DeliveryKey> waiting(int max);

    /** Takes those of these copies that are still waiting, for one sender round; others are left alone. */
    void claim(List<DeliveryKey> keys, String claim, Instant until);

    List<Delivery> claimedBy(String claim);

    /** The mail server refused the copy. */
    void markFailed(DeliveryKey key, String reason);

    /** Failed copies of the issue go back to WAITING; returns how many. */
    int retryFailed(String issueId);

    DeliveryProgress progress(String issueId);

    /** Failed copies, for the coordinator's list. */
    List<Delivery> failed(String issueId, int limit);
}
