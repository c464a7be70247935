package uk.cmlnetwork.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import uk.cmlnetwork.shared.Secrets;

/**
 * Someone on the newsletter's mailing list: a member who gave their consent, or anyone who signed
 * up on the public form. Either way they receive issues only once they have confirmed by email.
 */
@Entity
@Table(name = "newsletter_subscriber")
public class Subscriber {
    /** How long a confirmation link works. */
    static final Duration CONFIRMATION_LIFETIME = Duration.ofDays(7);

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "email", nullable = false, length = 254, unique = true)
    private String email;

    @Column(name = "name", length = 120)
    private String name;

    /** The member this is, or null for a subscriber who is not a member. */
    @Column(name = "member_id", length = 36)
    private String memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private SubscriberStatus status;

    @Column(name = "confirmation_hash", length = 64)
    private String confirmationHash;

    @Column(name = "confirmation_expires_at")
    private Instant confirmationExpiresAt;

    /**
     * The secret in every issue's unsubscribe link. Kept as it is (not hashed) because each issue
     * must put it in the link again; it allows nothing but leaving the list.
     */
    @Column(name = "unsubscribe_token", nullable = false, length = 64)
    private String unsubscribeToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Subscriber() {
    }

    Subscriber(String email, String name, String memberId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.email = normalise(email);
        this.name = name == null || name.isBlank() ? null : name.strip();
        this.memberId = memberId;
        this.status = SubscriberStatus.UNSUBSCRIBED;
        this.unsubscribeToken = Secrets.newSecret();
        this.createdAt = now;
    }

    /** The member behind this subscription now uses another address. */
    void moveTo(String newEmail) {
        this.email = normalise(newEmail);
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Asks (again) for confirmation; returns the secret for the emailed link, of which only the hash is kept. */
    String askForConfirmation(String name, String memberId, Instant now) {
        if (name != null && !name.isBlank()) {
            this.name = name.strip();
        }
        if (memberId != null) {
            this.memberId = memberId;
        }
        String secret = Secrets.newSecret();
        this.confirmationHash = Secrets.hash(secret);
        this.confirmationExpiresAt = now.plus(CONFIRMATION_LIFETIME);
        this.status = SubscriberStatus.WAITING_FOR_CONFIRMATION;
        return secret;
    }

    boolean confirmationWorksAt(Instant now) {
        return status == SubscriberStatus.WAITING_FOR_CONFIRMATION && confirmationExpiresAt != null
                && now.isBefore(confirmationExpiresAt);
    }

    void confirm(Instant now) {
        this.status = SubscriberStatus.SUBSCRIBED;
        this.confirmedAt = now;
        this.confirmationHash = null;
        this.confirmationExpiresAt = null;
    }

    void unsubscribe(Instant now) {
        this.status = SubscriberStatus.UNSUBSCRIBED;
        this.unsubscribedAt = now;
        this.confirmationHash = null;
        this.confirmationExpiresAt = null;
    }

    void forgetMember() {
        this.memberId = null;
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String memberId() {
        return memberId;
    }

    public SubscriberStatus status() {
        return status;
    }

    public boolean isSubscribed() {
        return status == SubscriberStatus.SUBSCRIBED;
    }

    public String unsubscribeToken() {
        return unsubscribeToken;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }
}
