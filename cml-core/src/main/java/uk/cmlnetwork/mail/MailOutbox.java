package uk.cmlnetwork.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.cmlnetwork.shared.NotFound;

/**
 * The transactional outbox: the one way an email leaves. Services queue emails inside the caller's
 * transaction, so an email exists exactly when the change it reports was saved. A sender (outside the
 * core: it needs a mail server) takes a batch of due emails for a while (a lease), sends them and
 * records the outcome, each step in its own short transaction. A sender that dies leaves its lease to
 * run out, and the emails it had not recorded sent go again, with the same Message-ID (their id).
 */
public class MailOutbox {
    /** The kind of a subscriber's newsletter copy. */
    public static final String NEWSLETTER = "newsletter";
    /** The kind of a coordinator's test copy of an issue. */
    public static final String NEWSLETTER_TEST = "newsletter-test";
    /** How long a sender holds the emails it took before another may take them (a sender that died mid-send). */
    public static final Duration LEASE = Duration.ofMinutes(1);
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
        if (letter.toEmail() == null || letter.toEmail().isBlank()) {
            throw new IllegalArgumentException("an email needs an address");
        }
        OutgoingEmail email = new OutgoingEmail(UUID.randomUUID().toString(), letter, clock.instant());
        outbox.store(email);
        return email;
    }

    /** A copy of the issue for every confirmed subscriber, in one statement; returns how many. */
    public int queueNewsletter(String issueId, String subject) {
        return outbox.queueNewsletterCopies(issueId, subject, clock.instant());
    }

    /** A coordinator's test copy of the issue, sent like any other email. */
    public OutgoingEmail queueNewsletterTest(String issueId, String toEmail, String toName) {
        OutgoingEmail email = OutgoingEmail.newsletterTest(UUID.randomUUID().toString(), issueId, toEmail, toName,
                clock.instant());
        outbox.store(email);
        return email;
    }

    /**
     * Takes up to {@code max} due emails for one sender round, for {@link #LEASE}. Run it in its own short
     * transaction: once it commits, no other sender takes these emails until the lease runs out.
     */
    public List<OutgoingEmail> takeDue(int max) {
        Instant now = clock.instant();
        List<String> due = outbox.due(now, max);
        if (due.isEmpty()) {
            return List.of();
        }
        String round = UUID.randomUUID().toString();
        outbox.claim(due, now, now.plus(LEASE), round);
        return outbox.claimedBy(round);
    }

    /**
     * The mail server accepted these: recorded sent, and their text no longer kept. A sender records a
     * batch at once, when it is done: one commit instead of one per email.
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
        Instant retryAt = tried <= BACKOFF.size() ? now.plus(BACKOFF.get(Math.max(tried, 1) - 1)) : null;
        email.failed(reason, retryAt, now);
    }

    /** A coordinator sends a failed email again now. */
    public void retry(String id) {
        find(id).retry(clock.instant());
    }

    /** Every copy of the issue that failed goes again now; returns how many. */
    public int retryNewsletterFailures(String issueId) {
        return outbox.retryFailedCopies(issueId, clock.instant());
    }

    public OutboxCount count(String kind) {
        return outbox.count(kind);
    }

    /** Every email's progress, of every kind (newsletter copies included). */
    public OutboxCount countAll() {
        return outbox.countAll();
    }

    /** How far the sending of an issue's copies has got. */
    public OutboxCount newsletterProgress(String issueId) {
        return outbox.countCopies(issueId);
    }

    /** The copies of the issue that failed, with the mail server's reason, for the coordinator. */
    public List<OutgoingEmail> newsletterFailures(String issueId, int limit) {
        return outbox.failedCopies(issueId, limit);
    }

    public OutgoingEmail find(String id) {
        return outbox.find(id).orElseThrow(() -> new NotFound("email", id));
    }
}
