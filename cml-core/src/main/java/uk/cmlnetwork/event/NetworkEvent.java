package uk.cmlnetwork.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Text;

/** A learning event: a webinar, workshop, the national conference or a regional meetup. */
@Entity
@Table(name = "network_event")
public class NetworkEvent {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 20)
    private EventType type;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "event_topic",
            joinColumns = @JoinColumn(name = "event_id", referencedColumnName = "id"),
            inverseJoinColumns = @JoinColumn(name = "topic_code", referencedColumnName = "code"))
    @OrderBy("name")
    private List<Topic> topics = new ArrayList<>();

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "online_link", length = 400)
    private String onlineLink;

    @Column(name = "venue", length = 400)
    private String venue;

    /** Null means unlimited (many webinars). */
    @Column(name = "capacity")
    private Integer capacity;

    /** Kept by the database's conditional update, never by this object; see {@link NetworkEvents#claimPlace}. */
    @Column(name = "booked_count", nullable = false)
    private int bookedCount;

    /** Only signed-up members with a confirmed email may book. */
    @Column(name = "members_only", nullable = false)
    private boolean membersOnly;

    @Column(name = "booking_opens_at")
    private Instant bookingOpensAt;

    @Column(name = "booking_closes_at")
    private Instant bookingClosesAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private EventStatus status = EventStatus.PUBLISHED;

    /** How many people have joined the waiting list so far (gives each their position). */
    @Column(name = "waitlist_count", nullable = false)
    private int waitlistCount;

    @Version
    @Column(name = "version")
    private long version;

    protected NetworkEvent() {
    }

    NetworkEvent(EventId id, ScheduleEvent details, List<Topic> topics) {
        this.id = id.value();
        this.title = details.title().strip();
        this.description = details.description() == null ? null : details.description().strip();
        this.type = details.type();
        this.topics = new ArrayList<>(topics);
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.onlineLink = Text.blankToNull(details.onlineLink());
        this.venue = Text.blankToNull(details.venue());
        this.capacity = details.capacity();
        this.membersOnly = details.membersOnly();
        this.bookingOpensAt = details.bookingOpensAt();
        this.bookingClosesAt = details.bookingClosesAt();
    }


    public EventId id() {
        return new EventId(id);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public EventType type() {
        return type;
    }

    public List<Topic> topics() {
        return List.copyOf(topics);
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String onlineLink() {
        return onlineLink;
    }

    public String venue() {
        return venue;
    }

    public boolean hasUnlimitedPlaces() {
        return capacity == null;
    }

    /** The number of places, or null when unlimited. */
    public Integer capacity() {
        return capacity;
    }

    public int bookedCount() {
        return bookedCount;
    }

    /** Places still free; meaningless when places are unlimited. */
    public int placesLeft() {
        return capacity == null ? Integer.MAX_VALUE : Math.max(0, capacity - bookedCount);
    }

    public boolean isFull() {
        return capacity != null && bookedCount >= capacity;
    }

    public boolean isMembersOnly() {
        return membersOnly;
    }

    public Instant bookingOpensAt() {
        return bookingOpensAt;
    }

    /** When booking closes: the set time, or else the start of the event. */
    public Instant bookingClosesAt() {
        return bookingClosesAt == null ? startsAt : bookingClosesAt;
    }

    /** Whether a booking may be made at this moment (not before it opens, not after it closes). */
    public boolean isBookingOpenAt(Instant moment) {
        return (bookingOpensAt == null || !moment.isBefore(bookingOpensAt)) && moment.isBefore(bookingClosesAt());
    }

    public EventStatus status() {
        return status;
    }

    public boolean isCancelled() {
        return status == EventStatus.CANCELLED;
    }

    void cancel() {
        status = EventStatus.CANCELLED;
    }

    /** Rises with every change to the event (iCalendar's SEQUENCE). */
    public long version() {
        return version;
    }

    public boolean hasStartedBy(Instant moment) {
        return !startsAt.isAfter(moment);
    }
}
