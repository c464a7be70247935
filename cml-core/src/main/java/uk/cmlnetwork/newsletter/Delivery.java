package uk.cmlnetwork.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An issue's copy for one subscriber, with the address and unsubscribe secret as they were when
 * sending started (so an address changed mid-send does not get a second copy).
 */
@Entity
@Table(name = "newsletter_delivery")
public class Delivery {
    @EmbeddedId
    private DeliveryKey key;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "name", length = 120)
    private String name;

    @Column(name = "unsubscribe_token", nullable = false, length = 64)
    private String unsubscribeToken;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "claimed_by", length = 36)
    private String claimedBy;

    @Column(name = "claim_until")
    private Instant claimUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "error", length = 500)
    private String error;

    protected Delivery() {
    }

    public DeliveryKey key() {
        return key;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String unsubscribeToken() {
        return unsubscribeToken;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String error() {
        return error;
    }
}
