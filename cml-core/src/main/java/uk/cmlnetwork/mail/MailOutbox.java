package uk.cmlnetwork.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.cmlnetwork.shared.NotFound;

/**
 * The transactional outbox. Services queue emails inside the caller's transaction, so an email
 * exists exactly when the change it reports was saved; a sender (outside the core: it needs a mail
 * server) takes due emails, sends them and records the outcome, each step in its own transaction.
 */
public class MailOutbox {
    /** How long a sender may hold an email before another may take it (a sender that died mid-send). */
    public static final Duration CLAIM = Duration.ofMinutes(5);
    /** Waits between failed attempts; after the last one the email is given up (and can be retried by hand). */
    static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3));

    private final Outbox outbox;
    private final Clock clock;

    public MailOutbox(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public OutgoingEmail queue(Letter letter) {
        OutgoingEmail email = newEmail(letter);
        outbox.store(email);
        return email;
    }

    /**
     * Queues an email already taken by the sender that will send it from memory once the caller's
     * transaction has committed, so that sender neither claims it nor reads it back. Should that sender
     * not record it sent within {@link #CLAIM} (it died, or stopped first), any sender takes it from the
     * outbox like an email whose claim ran out.
     */
    public OutgoingEmail queueTakenBy(Letter letter, String sender) {
        OutgoingEmail email = newEmail(letter);
        email.takenBy(sender, email.queuedAt().plus(CLAIM));
        outbox.store(email);
        return email;
    }

    /**
     * An email that is not stored here, because the change it reports records that it is owed until
     * {@code claimUntil} (a new booking owes its confirmation): the caller's sender sends it from memory,
     * with {@code id} as its name, and records it sent where it is owed. Not sent by then, it is up to
     * the owner of that record to queue it here.
     */
    public OutgoingEmail owedElsewhere(String id, Letter letter, String sender, Instant claimUntil) {
        OutgoingEmail email = newEmail(id, letter);
        email.takenBy(sender, claimUntil);
        return email;
    }

    private OutgoingEmail newEmail(Letter letter) {
        return newEmail(UUID.randomUUID().toString(), letter);
    }

    private OutgoingEmail newEmail(String id, Letter letter) {
        if (letter.toEmail() == null || letter.toEmail().isBlank()) {
            throw new IllegalArgumentException("an email needs an address");
        }
        return new OutgoingEmail(id, letter, clock.instant());
    }

    /**
     * Takes up to {@code max} due emails for this sender. Run it in its own short transaction: once it
     * commits, no other sender takes these emails for {@link #CLAIM}.
     */
    public List<OutgoingEmail> takeDue(int max) {
        Instant now = clock.instant();
        List<String> due = outbox.due(now, max);
        if (due.isEmpty()) {
            return List.of();
        }
        String round = UUID.randomUUID().toString();
        outbox.claim(due, now, now.plus(CLAIM), round);
        return outbox.claimedBy(round);
    }

    /**
     * The mail server accepted these. A sender may record a whole round at once: one commit instead
     * of one per email, at the price of sending those again should it die before recording them.
     */
    public void sent(List<String> ids) {
        if (!ids.isEmpty()) {
            outbox.markSent(ids, clock.instant());
        }
    }

    /** The mail server refused it or could not be reached: try again later, or give up after the last wait. */
    public void failed(String id, String reason) {
        OutgoingEmail email = find(id);
        Instant now = clock.instant();
        int tried = email.attempts();
        Instant retryAt = tried <= BACKOFF.size() ? now.plus(BACKOFF.get(tried - 1)) : null;
        email.failed(reason, retryAt, now);
    }

    /** A coordinator sends given-up emails again. */
    public void retry(String id) {
        find(id).retry(clock.instant());
    }

    public OutboxCount count(String kind) {
        return outbox.count(kind);
    }

    public OutgoingEmail find(String id) {
        return outbox.find(id).orElseThrow(() -> new NotFound("email", id));
    }
}
