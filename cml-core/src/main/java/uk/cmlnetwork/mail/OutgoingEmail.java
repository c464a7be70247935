package uk.cmlnetwork.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One email waiting in the outbox, written in the same transaction as the change it tells someone
 * about, so it is sent if and only if that change was saved. The sender claims it by moving
 * {@code nextAttemptAt} forward; a sender that dies mid-send leaves the claim to run out and the
 * email is tried again.
 */
@Entity
@Table(name = "outgoing_email")
public class OutgoingEmail {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    /** What the email is about (booking, account, newsletter...): for the coordinator's progress figures. */
    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "to_email", nullable = false, length = 254)
    private String toEmail;

    @Column(name = "to_name", length = 200)
    private String toName;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    /** The text; null for a newsletter copy, which is written from its issue when sent. */
    @Lob
    @Column(name = "body")
    private String body;

    /** An iCalendar file to attach, or null. */
    @Lob
    @Column(name = "calendar")
    private String calendar;

    /** Where replies go, if not to the site's own address (a notification that can be answered by email). */
    @Column(name = "reply_to", length = 254)
    private String replyTo;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    /** When a sender may next pick it up; null once sent or given up. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "claimed_by", length = 36)
    private String claimedBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "given_up_at")
    private Instant givenUpAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    /** For a newsletter copy (or a coordinator's test copy): the issue it is a copy of. */
    @Column(name = "newsletter_issue_id", length = 36)
    private String newsletterIssueId;

    /** For a subscriber's newsletter copy: their unsubscribe secret as it was when the issue was sent. */
    @Column(name = "unsubscribe_token", length = 64)
    private String unsubscribeToken;

    protected OutgoingEmail() {
    }

    OutgoingEmail(String id, Letter letter, Instant queuedAt) {
        this.id = id;
        this.kind = letter.kind();
        this.toEmail = letter.toEmail();
        this.toName = letter.toName();
        this.subject = letter.subject();
        this.body = letter.body();
        this.calendar = letter.calendar();
        this.replyTo = letter.replyTo();
        this.queuedAt = queuedAt;
        this.nextAttemptAt = queuedAt;
    }

    public String id() {
        return id;
    }

    /** Where replies go, or null for the site's own address. */
    public String replyTo() {
        return replyTo;
    }

    public String kind() {
        return kind;
    }

    public String toEmail() {
        return toEmail;
    }

    public String toName() {
        return toName;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String calendar() {
        return calendar;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public int attempts() {
        return attempts;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public boolean isGivenUp() {
        return givenUpAt != null;
    }

    public String lastError() {
        return lastError;
    }

    public String newsletterIssueId() {
        return newsletterIssueId;
    }

    public String unsubscribeToken() {
        return unsubscribeToken;
    }

    /** A coordinator's test copy of a newsletter issue, written from the issue like a subscriber's. */
    static OutgoingEmail newsletterTest(String id, String issueId, String toEmail, String toName, Instant now) {
        OutgoingEmail email = new OutgoingEmail(id, new Letter(MailOutbox.NEWSLETTER_TEST, toEmail, toName,
                "[Test] newsletter", null), now);
        email.newsletterIssueId = issueId;
        return email;
    }

    void failed(String reason, Instant retryAt, Instant now) {
        lastError = reason == null ? "unknown" : reason.substring(0, Math.min(reason.length(), 500));
        if (retryAt == null) {
            givenUpAt = now;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    void retry(Instant now) {
        givenUpAt = null;
        nextAttemptAt = now;
    }
}
