package uk.cmlnetwork.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.shared.Secrets;

/** One person's booking for an event (one per email address per event): confirmed, waiting, cancelled or attended. */
@Entity
@Table(name = "booking")
@NamedQuery(name = Booking.SITUATION, query = "select e, b, m from NetworkEvent e"
        + " left join Booking b on b.eventId = e.id and b.email = :email"
        + " left join MemberAccount m on m.email = :email where e.id = :event",
        // Booking only reads these (the count changes through a guarded update), so they are not
        // watched for changes: no copies kept, nothing compared at each flush and at commit.
        hints = @QueryHint(name = "eclipselink.read-only", value = "true"))
public class Booking {
    /** See {@link Bookings#situation}. */
    public static final String SITUATION = "Booking.situation";

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

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private BookingStatus status;

    /** Place in the waiting list (1 is first), given in the order requests reached the database. */
    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** Hash of the secret in the emailed cancel link. */
    @Column(name = "cancel_code_hash", length = 64)
    private String cancelCodeHash;

    @Version
    @Column(name = "version")
    private long version;

    protected Booking() {
    }

    Booking(BookingId id, EventId eventId, String attendeeName, String email, Instant bookedAt,
            Integer waitlistPosition) {
        this.id = id.value();
        this.eventId = eventId.value();
        this.attendeeName = attendeeName.strip();
        this.email = Member.normaliseEmail(email);
        this.bookedAt = bookedAt;
        this.status = waitlistPosition == null ? BookingStatus.CONFIRMED : BookingStatus.WAITLISTED;
        this.waitlistPosition = waitlistPosition;
    }

    /** A new secret for the cancel link (an older link stops working). */
    String newCancelCode() {
        String code = Secrets.newSecret();
        cancelCodeHash = Secrets.hash(code);
        return code;
    }

    boolean hasCancelCode(String code) {
        return Secrets.matches(code, cancelCodeHash);
    }

    void cancel(Instant now) {
        status = BookingStatus.CANCELLED;
        cancelledAt = now;
    }

    void promote() {
        status = BookingStatus.CONFIRMED;
    }

    void markAttended(boolean attended) {
        status = attended ? BookingStatus.ATTENDED : BookingStatus.CONFIRMED;
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

    /** The member who booked now uses another address: the booking follows them. */
    void moveTo(String newEmail) {
        this.email = Member.normaliseEmail(newEmail);
    }

    public String email() {
        return email;
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    public BookingStatus status() {
        return status;
    }

    public Integer waitlistPosition() {
        return waitlistPosition;
    }


    public Instant cancelledAt() {
        return cancelledAt;
    }

    public boolean isConfirmed() {
        return status == BookingStatus.CONFIRMED || status == BookingStatus.ATTENDED;
    }

    public boolean isWaitlisted() {
        return status == BookingStatus.WAITLISTED;
    }

    public boolean isCancelled() {
        return status == BookingStatus.CANCELLED;
    }
}
