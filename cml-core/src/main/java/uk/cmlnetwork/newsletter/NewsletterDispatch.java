package uk.cmlnetwork.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.cmlnetwork.shared.NotFound;

/**
 * The steps of sending an issue, for a sender outside the core (it needs a mail server). Each step
 * is meant for its own short transaction: take a batch, then for each copy record it sent just
 * before telling the mail server the message is complete, so a copy is never sent twice; a sender
 * that dies leaves its unfinished copies to go back to waiting when its claim runs out.
 */
public class NewsletterDispatch {
    /** How long a sender may hold a batch before another sender may take its unfinished copies. */
    public static final Duration CLAIM = Duration.ofSeconds(30);

    private final NewsletterIssues issues;
    private final Deliveries deliveries;
    private final Clock clock;

    public NewsletterDispatch(NewsletterIssues issues, Deliveries deliveries, Clock clock) {
        this.issues = issues;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Takes up to {@code max} waiting copies for one sender round. */
    public List<Delivery> take(int max) {
        Instant now = clock.instant();
        deliveries.releaseStale(now);
        List<DeliveryKey> waiting = deliveries.waiting(max);
        if (waiting.isEmpty()) {
            return List.of();
        }
        String claim = UUID.randomUUID().toString();
        deliveries.claim(waiting, claim, now.plus(CLAIM));
        return deliveries.claimedBy(claim);
    }

    /** Records the copy sent; false if this sender no longer holds it (then it must not finish sending it). */
    public boolean sent(Delivery delivery) {
        return sent(delivery, deliveries);
    }

    /**
     * The same, recorded through {@code copies}: a sender may keep its own connection for these
     * records, one short statement per copy instead of a whole transaction of the persistence unit.
     */
    public boolean sent(Delivery delivery, SentCopies copies) {
        return copies.markSent(delivery.key(), delivery.claimedBy(), clock.instant());
    }

    public void failed(Delivery delivery, String reason) {
        deliveries.markFailed(delivery.key(), reason == null ? "refused" : reason.length() > 500 ? reason.substring(0, 500) : reason);
    }

    /** Issues with nothing left waiting are marked sent. */
    public void finishDone() {
        for (NewsletterIssue issue : issues.sending()) {
            if (deliveries.progress(issue.id()).waiting() == 0) {
                issue.finish(clock.instant());
            }
        }
    }

    public NewsletterIssue issue(String issueId) {
        return issues.find(issueId).orElseThrow(() -> new NotFound("newsletter issue", issueId));
    }
}
