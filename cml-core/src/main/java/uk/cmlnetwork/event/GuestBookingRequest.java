package uk.cmlnetwork.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A guest's request for a place, waiting until they follow the link emailed to them: it proves
 * the address is theirs before a place is taken. Only a hash of the link's secret is stored.
 */
@Entity
@Table(name = "guest_booking_request")
public class GuestBookingRequest {
    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected GuestBookingRequest() {
    }

    GuestBookingRequest(String tokenHash, BookPlace request, Instant requestedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.eventId = request.eventId().value();
        this.name = request.name().strip();
        this.email = request.email();
        this.requestedAt = requestedAt;
        this.expiresAt = expiresAt;
    }

    BookPlace asBooking() {
        return new BookPlace(new EventId(eventId), name, email);
    }

    boolean isUsableAt(Instant moment) {
        return confirmedAt == null && moment.isBefore(expiresAt);
    }

    void confirmed(Instant at) {
        confirmedAt = at;
    }

    public EventId eventId() {
        return new EventId(eventId);
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
