package uk.cmlnetwork.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.cmlnetwork.member.Member;

/** A confirmed place at an event for one person (one per email address per event). */
@Entity
@Table(name = "booking")
public class Booking {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "attendee_name", nullable = false, length = 120)
    private String attendeeName;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Booking() {
    }

    Booking(BookingId id, EventId eventId, String attendeeName, String email, Instant bookedAt) {
        this.id = id.value();
        this.eventId = eventId.value();
        this.attendeeName = attendeeName.strip();
        this.email = Member.normaliseEmail(email);
        this.bookedAt = bookedAt;
    }

    public BookingId id() {
        return new BookingId(id);
    }

    public EventId eventId() {
        return new EventId(eventId);
    }

    public String attendeeName() {
        return attendeeName;
    }

    public String email() {
        return email;
    }

    public Instant bookedAt() {
        return bookedAt;
    }
}
