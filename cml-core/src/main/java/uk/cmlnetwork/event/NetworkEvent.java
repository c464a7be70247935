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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Text;

/** A learning event: a webinar, workshop, the national conference or a regional meetup. */
@Entity
@Table(name = "network_event")
@NamedQuery(name = NetworkEvent.WITH_TOPICS,
        query = "select e from NetworkEvent e left join fetch e.topics where e.id = :id",
        // Looks in the persistence context first, as find does; declared here so it is prepared once.
        hints = @QueryHint(name = "eclipselink.cache-usage", value = "CheckCacheByExactPrimaryKey"))
public class NetworkEvent {
    /** The event and its topics in one statement (find reads them in two). */
    public static final String WITH_TOPICS = "NetworkEvent.withTopics";

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

    // Read when first used, or with the event by find (WITH_TOPICS); a booking does not need them.
    @ManyToMany(fetch = FetchType.LAZY)
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

    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = 40)
    private Region region;

    @Column(name = "host_library_id", length = 36)
    private String hostLibraryId;

    /** The member who proposed a meetup (null for events coordinators put on, or once the proposer left). */
    @Column(name = "proposed_by", length = 36)
    private String proposedBy;

    /** Rises only with changes that matter to someone's calendar, unlike {@link #version}. */
    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    /** How many people have joined the waiting list so far (gives each their position). */
    @Column(name = "waitlist_count", nullable = false)
    private int waitlistCount;

    @Version
    @Column(name = "version")
    private long version;

    protected NetworkEvent() {
    }

    NetworkEvent(EventId id, ScheduleEvent details, List<Topic> topics, EventStatus status) {
        this.id = id.value();
        this.status = status;
        apply(details, topics);
    }

    void proposedBy(String memberId) {
        this.proposedBy = memberId;
    }

    public String proposedBy() {
        return proposedBy;
    }

    /** The proposer erased their account: the meetup stays, without their name. */
    public void forgetProposer() {
        this.proposedBy = null;
    }

    /** New details for the event (e.g. the date or venue confirmed); calendars are told it changed. */
    void change(ScheduleEvent details, List<Topic> topics) {
        Integer places = capacity; // changed only by the guarded update in NetworkEvents#changeCapacity
        apply(details, topics);
        capacity = places;
        calendarSequence++;
    }

    private void apply(ScheduleEvent details, List<Topic> topics) {
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
        this.region = details.region();
        this.hostLibraryId = details.hostLibrary() == null ? null : details.hostLibrary().value();
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

    /** By name. Sorted here as well as by the mapping: a query that fetches them with the event has no order. */
    public List<Topic> topics() {
        return topics.stream().sorted(Comparator.comparing(Topic::name)).toList();
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
        moveTo(EventStatus.CANCELLED);
    }

    void moveTo(EventStatus next) {
        status = next;
        calendarSequence++;
    }

    /** Rises with every change to the event, bookings included (optimistic locking). */
    public long version() {
        return version;
    }

    /** iCalendar's SEQUENCE: rises when the time, place or status changes, not when someone books. */
    public int calendarSequence() {
        return calendarSequence;
    }

    public Region region() {
        return region;
    }

    /** The member library hosting a regional meetup, or null. */
    public LibraryId hostLibrary() {
        return hostLibraryId == null ? null : new LibraryId(hostLibraryId);
    }

    public boolean isPublic() {
        return status.isPublic();
    }

    public boolean isAnnounced() {
        return status == EventStatus.ANNOUNCED;
    }

    public boolean isPublished() {
        return status == EventStatus.PUBLISHED;
    }

    public boolean isHeld() {
        return status == EventStatus.HELD;
    }

    /** The event's current details, ready to change and give back to {@link EventProgramme#change}. */
    public ScheduleEvent asSchedule() {
        return new ScheduleEvent(title, description, type, topics.stream().map(Topic::code).toList(), startsAt, endsAt,
                onlineLink, venue, capacity, membersOnly, bookingOpensAt, bookingClosesAt, region, hostLibrary());
    }

    public boolean hasStartedBy(Instant moment) {
        return !startsAt.isAfter(moment);
    }
}
