package uk.cmlnetwork.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A booking's reminder went to the outbox. Its key is the booking and the kind of reminder, so a second
 * one cannot be saved, whichever server tries and however often the server restarts.
 */
@Entity
@Table(name = "booking_reminder")
public class ReminderSent {
    @Id
    @Column(name = "reminder_key", length = 60)
    private String key;

    @Column(name = "booking_id", nullable = false, length = 36)
    private String bookingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ReminderKind kind;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ReminderSent() {
    }

    ReminderSent(BookingId booking, ReminderKind kind, Instant sentAt) {
        this.key = keyOf(booking, kind);
        this.bookingId = booking.value();
        this.kind = kind;
        this.sentAt = sentAt;
    }

    static String keyOf(BookingId booking, ReminderKind kind) {
        return booking.value() + ":" + kind.name();
    }
}
