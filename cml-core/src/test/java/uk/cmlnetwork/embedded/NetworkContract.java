package uk.cmlnetwork.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.event.BookPlace;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.BookingClosed;
import uk.cmlnetwork.event.BookingReceipt;
import uk.cmlnetwork.event.BookingStatus;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.EventType;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.event.ScheduleEvent;
import uk.cmlnetwork.library.AddLibrary;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberCategory;
import uk.cmlnetwork.member.MemberDetails;
import uk.cmlnetwork.member.RegisterMember;
import uk.cmlnetwork.resource.PublishResource;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceKind;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Region;

/**
 * The core's services over a real database, through the Java SE entry point. Run against
 * in-memory Derby ({@link DerbyNetworkTest}) and PostgreSQL ({@link PostgresNetworkTest}) so the
 * changelog and the queries are proven on both.
 */
abstract class NetworkContract {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String PASSWORD = "three random library words";

    CmlNetwork network;

    abstract String jdbcUrl();

    String user() {
        return null;
    }

    String password() {
        return null;
    }

    @BeforeEach
    void open() throws SQLException {
        network = CmlNetwork.open(jdbcUrl(), user(), password(), CLOCK);
        sql("delete from member_token", "delete from library_editor", "delete from booking", "delete from event_topic", "delete from network_event",
                "delete from resource_topic", "delete from resource", "delete from library", "delete from member");
    }

    @AfterEach
    void close() {
        network.close();
    }

    void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), user(), password());
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    static ScheduleEvent workshop(int capacity, Instant start) {
        return new ScheduleEvent("Community Asset Transfer: the first steps", "How to take on your building.",
                EventType.WORKSHOP, List.of("community-asset-transfer"), start, start.plusSeconds(7200),
                null, "Wells Library, Union Street, Wells BA5 2PU", capacity);
    }

    EventId scheduled(ScheduleEvent details) {
        return network.inTransaction(s -> s.eventProgramme().schedule(details).id());
    }

    @Test
    void registersAMemberOnceForEachEmail() {
        Member joined = network.inTransaction(s -> s.membership().register(RegisterMember.withoutConsents(
                new MemberDetails("Ada Trustee", " Ada@Example.org ", MemberCategory.LIBRARY_TEAM,
                        "Wells Community Library", Region.SOUTH_WEST, null, null), PASSWORD)).member());
        Member read = network.inTransaction(s -> s.membership().find(joined.id()));
        assertEquals("ada@example.org", read.email());
        assertEquals(MemberCategory.LIBRARY_TEAM, read.category());
        assertEquals(NOW, read.joinedAt());

        InvalidInput again = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.membership()
                .register(RegisterMember.withoutConsents(new MemberDetails("Someone Else", "ADA@example.org",
                        MemberCategory.SUPPORTER, null, null, null, null), PASSWORD))));
        assertTrue(again.problems().containsKey("email"), again.getMessage());
    }

    @Test
    void refusesBadInputNamingEachFieldAndSavesNothing() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.membership()
                .register(RegisterMember.withoutConsents(new MemberDetails(" ", "not-an-email", null,
                        "x".repeat(201), null, null, null), "short"))));
        assertEquals(List.of("category", "email", "name", "organisation", "password"),
                List.copyOf(refused.problems().keySet()));
        assertEquals("Enter your full name", refused.problems().get("name"));

        InvalidInput badPostcode = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.libraryDirectory()
                .add(new AddLibrary("Somewhere Library", null, "NOPE", null, null, ManagementType.ICL, null, null, null))));
        assertTrue(badPostcode.problems().containsKey("postcode"));
        assertEquals(0, network.inTransaction(s -> s.libraryDirectory().all()).size());
    }

    @Test
    void addsALibraryWithItsPostcodeWrittenTheStandardWay() {
        Library added = network.inTransaction(s -> s.libraryDirectory().add(new AddLibrary(
                "Wrington Community Library", "Station Road, Wrington", "BS408XE", "North Somerset",
                Region.SOUTH_WEST, ManagementType.CRL, LibraryStage.SUSTAINING, "https://example.org", null)));
        Library read = network.inTransaction(s -> s.libraryDirectory().find(added.id()));
        assertEquals("BS40 8XE", read.postcode());
        assertEquals(ManagementType.CRL, read.managementType());
        assertEquals(LibraryStage.SUSTAINING, read.stage());
        assertTrue(read.isCommunityManaged());
    }

    @Test
    void keepsEventTimesExactAcrossTheClocksGoingForward() {
        Instant winter = Instant.parse("2026-03-26T19:00:00Z");
        Instant summer = Instant.parse("2026-04-02T18:00:00Z");
        EventId first = scheduled(workshop(20, summer));
        EventId second = scheduled(new ScheduleEvent("Governance for new trustees", null, EventType.WEBINAR,
                List.of("legal-governance-trustees", "volunteering"), winter, winter.plusSeconds(3600),
                "https://meet.example.org/governance", null, null));

        List<NetworkEvent> upcoming = network.inTransaction(s -> s.eventProgramme().upcoming(10));
        assertEquals(List.of(second, first), upcoming.stream().map(NetworkEvent::id).toList());
        NetworkEvent webinar = upcoming.get(0);
        assertEquals(winter, webinar.startsAt());
        assertEquals(summer, upcoming.get(1).startsAt());
        assertTrue(webinar.hasUnlimitedPlaces());
        assertEquals(List.of("Legal, governance and trustee advice", "Volunteering"),
                webinar.topics().stream().map(t -> t.name()).toList());
    }

    @Test
    void refusesAnEventThatEndsBeforeItStartsOrHasAnUnknownTopic() {
        Instant start = Instant.parse("2026-05-01T09:00:00Z");
        InvalidInput backwards = assertThrows(InvalidInput.class, () -> scheduled(new ScheduleEvent("Backwards", null,
                EventType.WEBINAR, List.of(), start, start.minusSeconds(60), null, null, null)));
        assertTrue(backwards.problems().containsKey("endsAt"));
        InvalidInput topic = assertThrows(InvalidInput.class, () -> scheduled(new ScheduleEvent("Topics", null,
                EventType.WEBINAR, List.of("no-such-topic"), start, start.plusSeconds(60), null, null, null)));
        assertTrue(topic.problems().containsKey("topicCodes"));
        assertThrows(NotFound.class, () -> network.inTransaction(s -> s.eventProgramme().find(new EventId("nope"))));
    }

    Booking book(EventId event, String name) {
        return network.inTransaction(s -> s.eventBooking().book(new BookPlace(event, name, name + "@example.org")).booking());
    }

    @Test
    void booksUntilFullThenKeepsAWaitingListAndTreatsARepeatedRequestAsTheSameBooking() {
        EventId event = scheduled(workshop(2, Instant.parse("2026-04-10T09:00:00Z")));
        Booking ann = book(event, "ann");
        Booking repeat = network.inTransaction(s -> s.eventBooking().book(new BookPlace(event, "Ann", "ANN@example.org")).booking());
        assertEquals(ann.id(), repeat.id());
        Booking bob = book(event, "bob");
        Booking cat = book(event, "cat");
        Booking dan = book(event, "dan");
        assertEquals(BookingStatus.CONFIRMED, bob.status());
        assertEquals(BookingStatus.WAITLISTED, cat.status());
        assertEquals(1, cat.waitlistPosition());
        assertEquals(2, dan.waitlistPosition());
        NetworkEvent read = network.inTransaction(s -> s.eventProgramme().find(event));
        assertEquals(2, read.bookedCount());
        assertTrue(read.isFull());

        List<BookingReceipt> promoted = network.inTransaction(s -> s.eventBooking().cancel(bob.id()));
        assertEquals(List.of(cat.id()), promoted.stream().map(r -> r.booking().id()).toList());
        assertEquals(BookingStatus.CONFIRMED, network.inTransaction(s -> s.eventBooking().find(cat.id())).status());
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.eventBooking().cancel(bob.id())));
        assertThrows(DomainException.class, () -> book(event, "bob"));
    }

    @Test
    void theEmailedCancelLinkWorksOnceAndAForgedOneNever() {
        EventId event = scheduled(workshop(1, Instant.parse("2026-04-10T09:00:00Z")));
        BookingReceipt ann = network.inTransaction(s -> s.eventBooking().book(new BookPlace(event, "Ann", "ann@example.org")));
        BookingReceipt bob = network.inTransaction(s -> s.eventBooking().book(new BookPlace(event, "Bob", "bob@example.org")));
        assertThrows(DomainException.class, () -> network.inTransaction(s ->
                s.eventBooking().cancelWithCode(ann.booking().id(), bob.cancelCode())));
        assertThrows(DomainException.class, () -> network.inTransaction(s ->
                s.eventBooking().cancelWithCode(ann.booking().id(), "forged")));
        List<BookingReceipt> promoted = network.inTransaction(s ->
                s.eventBooking().cancelWithCode(ann.booking().id(), ann.cancelCode()));
        assertEquals("bob@example.org", promoted.get(0).booking().email());
        assertTrue(promoted.get(0).cancelCode() != null, "the promoted person gets a fresh cancel link");
        assertThrows(DomainException.class, () -> network.inTransaction(s ->
                s.eventBooking().cancelWithCode(ann.booking().id(), ann.cancelCode())));
    }

    @Test
    void refusesToLowerCapacityBelowTheConfirmedBookingsAndFillsRaisedCapacityFromTheWaitingList() {
        EventId event = scheduled(workshop(3, Instant.parse("2026-04-10T09:00:00Z")));
        for (String name : List.of("ann", "bob", "cat", "dan", "eve")) {
            book(event, name);
        }
        InvalidInput lowered = assertThrows(InvalidInput.class,
                () -> network.inTransaction(s -> s.eventBooking().changeCapacity(event, 1)));
        assertTrue(lowered.problems().get("capacity").contains("take the place of 2 people"), lowered.getMessage());
        int stillThree = network.inTransaction(s -> s.eventProgramme().find(event).capacity());
        assertEquals(3, stillThree);

        List<BookingReceipt> promoted = network.inTransaction(s -> s.eventBooking().changeCapacity(event, 4));
        assertEquals(List.of("dan@example.org"), promoted.stream().map(r -> r.booking().email()).toList());
        List<BookingReceipt> all = network.inTransaction(s -> s.eventBooking().changeCapacity(event, null));
        assertEquals(List.of("eve@example.org"), all.stream().map(r -> r.booking().email()).toList());
    }

    @Test
    void cancellingAnEventCancelsEveryLiveBookingAndRefusesNewOnes() {
        EventId event = scheduled(workshop(1, Instant.parse("2026-04-10T09:00:00Z")));
        book(event, "ann");
        book(event, "bob");
        List<Booking> told = network.inTransaction(s -> s.eventBooking().cancelEvent(event));
        assertEquals(List.of("ann@example.org", "bob@example.org"), told.stream().map(Booking::email).sorted().toList());
        assertTrue(network.inTransaction(s -> s.eventProgramme().find(event)).isCancelled());
        assertTrue(network.inTransaction(s -> s.eventBooking().attendees(event)).stream().allMatch(Booking::isCancelled));
        DomainException refused = assertThrows(DomainException.class, () -> book(event, "cat"));
        assertTrue(refused.getMessage().contains("has been cancelled"));
    }

    @Test
    void bookingOpensAndClosesAtTheSetTimesAndMembersOnlyEventsNeedAConfirmedMember() {
        Instant start = Instant.parse("2026-04-10T09:00:00Z");
        EventId notYet = scheduled(new ScheduleEvent("Conference", null, EventType.CONFERENCE, List.of(), start,
                start.plusSeconds(3600), null, "Birmingham", 100, false, NOW.plusSeconds(86_400), null));
        DomainException early = assertThrows(DomainException.class, () -> book(notYet, "ann"));
        assertTrue(early.getMessage().contains("opens on Monday 2 March 2026"), early.getMessage());
        EventId closed = scheduled(new ScheduleEvent("Workshop", null, EventType.WEBINAR, List.of(), start,
                start.plusSeconds(3600), null, null, null, false, null, NOW.minusSeconds(60)));
        assertTrue(assertThrows(DomainException.class, () -> book(closed, "ann")).getMessage().contains("has closed"));
        InvalidInput backwards = assertThrows(InvalidInput.class, () -> scheduled(new ScheduleEvent("Bad", null,
                EventType.WEBINAR, List.of(), start, start.plusSeconds(60), null, null, null, false,
                NOW.plusSeconds(600), NOW.plusSeconds(60))));
        assertTrue(backwards.problems().containsKey("bookingClosesAt"));

        EventId membersOnly = scheduled(new ScheduleEvent("Members' meetup", null, EventType.WEBINAR, List.of(), start,
                start.plusSeconds(3600), null, null, null, true, null, null));
        assertTrue(assertThrows(DomainException.class, () -> book(membersOnly, "guest")).getMessage()
                .contains("for members of the network"));
    }

    @Test
    void refusesBookingAnEventThatHasStarted() {
        EventId past = scheduled(workshop(10, NOW.minusSeconds(3600)));
        assertThrows(BookingClosed.class, () ->
                network.inTransaction(s -> s.eventBooking().book(new BookPlace(past, "Ann", "ann@example.org"))));
    }

    @Test
    void neverOverbooksWhenManyRaceForTheLastPlaces() throws Exception {
        EventId event = scheduled(workshop(5, Instant.parse("2026-04-10T09:00:00Z")));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Booking>> attempts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String email = "person" + i + "@example.org";
            attempts.add(() -> network.inTransaction(s -> s.eventBooking().book(new BookPlace(event, "Person", email)).booking()));
        }
        List<Booking> outcomes = new ArrayList<>();
        for (Future<Booking> f : pool.invokeAll(attempts)) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertEquals(5, outcomes.stream().filter(Booking::isConfirmed).count());
        assertEquals(IntStream.rangeClosed(1, 19).boxed().toList(),
                outcomes.stream().map(Booking::waitlistPosition).filter(p -> p != null).sorted().toList());
        int booked = network.inTransaction(s -> s.eventProgramme().find(event).bookedCount());
        assertEquals(5, booked);
        assertEquals(24, countRows("select count(*) from booking"));
    }

    @Test
    void theDatabaseItselfRefusesOverbookingAndDuplicateBookings() throws SQLException {
        EventId event = scheduled(workshop(1, Instant.parse("2026-04-10T09:00:00Z")));
        assertThrows(SQLException.class, () ->
                sql("update network_event set booked_count = 2 where id = '" + event.value() + "'"));
        network.inTransaction(s -> s.eventBooking().book(new BookPlace(event, "Ann", "ann@example.org")));
        assertThrows(SQLException.class, () -> sql("insert into booking (id, event_id, attendee_name, email, booked_at, version)"
                + " values ('x', '" + event.value() + "', 'Ann', 'ann@example.org', CURRENT_TIMESTAMP, 0)"));
    }

    @Test
    void publishesResourcesNewestFirstAndOnlyWithWebAddresses() {
        Resource handout = network.inTransaction(s -> s.resourceLibrary().publish(new PublishResource(
                "Making the most of your library", "A training package for volunteers.", ResourceKind.TOOLKIT,
                List.of("volunteering"), "https://example.org/making-the-most")));
        Resource read = network.inTransaction(s -> s.resourceLibrary().find(handout.id()));
        assertEquals("Volunteering", read.topics().get(0).name());
        InvalidInput script = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.resourceLibrary()
                .publish(new PublishResource("Bad", null, ResourceKind.LINK, List.of(), "javascript:alert(1)"))));
        assertTrue(script.problems().containsKey("url"));
        List<Resource> newest = network.inTransaction(s -> s.resourceLibrary().newest(5));
        assertEquals(1, newest.size());
    }

    long countRows(String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), user(), password());
             Statement s = c.createStatement(); var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
