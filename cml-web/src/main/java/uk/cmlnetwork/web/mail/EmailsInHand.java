package uk.cmlnetwork.web.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The emails this server posted, handed to its sender when their transaction committed and not sent
 * yet, oldest first. Each is taken in this server's name until its claim runs out (in the outbox, or
 * where it is owed).
 */
final class EmailsInHand {
    /** Emails held in memory at most; beyond that they go from the outbox once their claim runs out. */
    static final int LIMIT = 20_000;
    /** An email whose claim runs out sooner than this is left to the outbox rounds, so it never goes twice. */
    private static final Duration CLAIM_MARGIN = Duration.ofMinutes(1);

    private final Queue<EmailInHand> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();

    /** False, and nothing kept, when {@link #LIMIT} emails are waiting already. */
    boolean add(List<EmailInHand> emails) {
        if (count.addAndGet(emails.size()) > LIMIT) {
            count.addAndGet(-emails.size());
            return false;
        }
        waiting.addAll(emails);
        return true;
    }

    int count() {
        return count.get();
    }

    /** Up to {@code max} of the oldest, leaving out those whose claim runs out within a minute. */
    List<EmailInHand> take(int max, Instant now) {
        Instant claimLastsBeyond = now.plus(CLAIM_MARGIN);
        List<EmailInHand> batch = new ArrayList<>(max);
        EmailInHand email;
        while (batch.size() < max && (email = waiting.poll()) != null) {
            count.decrementAndGet();
            if (email.email().nextAttemptAt().isAfter(claimLastsBeyond)) {
                batch.add(email);
            }
        }
        return batch;
    }
}
