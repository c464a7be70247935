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
import uk.cmlnetwork.mail.MailOutbox;
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

/** The booking rules over a real database: Derby ({@link DerbyBookingTest}) and PostgreSQL ({@link PostgresBookingTest}). */
abstract class BookingContract extends NetworkFixture {
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
    void bookingsMadeInOneTransactionAreSavedTogetherAndTwoForOneEmailAreRefusedAtTheCommitLeavingNothing() {
        EventId event = scheduled(workshop(3, Instant.parse("2026-04-10T09:00:00Z")));
        List<Booking> together = network.inTransaction(s -> List.of(
                s.eventBooking().book(new BookPlace(event, "Ann", "ann@example.org")).booking(),
                s.eventBooking().book(new BookPlace(event, "Bob", "bob@example.org")).booking()));
        assertEquals(List.of(BookingStatus.CONFIRMED, BookingStatus.CONFIRMED), together.stream().map(Booking::status).toList());
        assertEquals(2, network.inTransaction(s -> s.eventBooking().attendees(event)).size());

        assertThrows(RuntimeException.class, () -> network.inTransaction(s -> List.of(
                s.eventBooking().book(new BookPlace(event, "Cat", "cat@example.org")),
                s.eventBooking().book(new BookPlace(event, "Cat", "CAT@example.org")))));
        assertEquals(2, network.inTransaction(s -> s.eventBooking().attendees(event)).size(), "nothing of it kept");
        assertEquals(2, network.inTransaction(s -> s.eventProgramme().find(event)).bookedCount(), "its places given back");
        Booking cat = book(event, "cat");
        assertEquals(BookingStatus.CONFIRMED, cat.status());
        assertEquals(cat.id(), book(event, "cat").id());
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
    void aNewBookingOwesItsConfirmationEmailUntilItIsRecordedSent() {
        EventId event = scheduled(workshop(1, Instant.parse("2026-04-10T09:00:00Z")));
        Booking ann = book(event, "ann");
        Booking bob = book(event, "bob");
        assertEquals(NOW.plus(MailOutbox.CLAIM), ann.confirmationDueAt(), "due from the outbox when the claim runs out");
        assertEquals(NOW.plus(MailOutbox.CLAIM), bob.confirmationDueAt(), "a waiting-list place is told too");

        network.inTransaction(s -> {
            s.bookingConfirmations().sent(List.of(ann.id()));
            return null;
        });
        assertEquals(null, network.inTransaction(s -> s.eventBooking().find(ann.id())).confirmationDueAt());
        assertEquals(NOW.plus(MailOutbox.CLAIM), network.inTransaction(s -> s.eventBooking().find(bob.id())).confirmationDueAt());
        network.inTransaction(s -> s.eventBooking().book(new BookPlace(event, "Ann", "ann@example.org")));
        assertEquals(null, network.inTransaction(s -> s.eventBooking().find(ann.id())).confirmationDueAt(),
                "asking again for the same booking owes nothing new");
        network.inTransaction(s -> s.eventBooking().cancel(ann.id()));
        assertEquals(null, network.inTransaction(s -> s.eventBooking().find(bob.id())).confirmationDueAt(),
                "promoted: the place-come-free email, with its own cancel link, takes the place of the first");
    }

    @Test
    void recordingTheConfirmationSentDoesNotGetInTheWayOfSomeoneCancellingAtThatMoment() {
        EventId event = scheduled(workshop(5, Instant.parse("2026-04-10T09:00:00Z")));
        Booking ann = book(event, "ann");
        try (CmlNetwork sender = CmlNetwork.open(jdbcUrl(), user(), password(), CLOCK)) {
            network.inTransaction(s -> {
                s.eventBooking().find(ann.id()); // the cancel page's copy, read before the sender records it sent
                sender.inTransaction(other -> {
                    other.bookingConfirmations().sent(List.of(ann.id()));
                    return null;
                });
                return s.eventBooking().cancel(ann.id());
            });
        }
        Booking read = network.inTransaction(s -> s.eventBooking().find(ann.id()));
        assertEquals(BookingStatus.CANCELLED, read.status());
        assertEquals(null, read.confirmationDueAt());
    }

    @Test
    void aConfirmationNotSentInTimeIsIssuedAgainOnceWithANewCancelLink() {
        EventId event = scheduled(workshop(5, Instant.parse("2026-04-10T09:00:00Z")));
        BookingReceipt ann = network.inTransaction(s -> s.eventBooking().book(new BookPlace(event, "Ann", "ann@example.org")));
        Booking bob = book(event, "bob");
        network.inTransaction(s -> s.eventBooking().cancel(bob.id()));
        assertEquals(List.of(), network.inTransaction(s -> s.bookingConfirmations().overdue(10)),
                "not before the server that made them has had its time");

        try (CmlNetwork later = CmlNetwork.open(jdbcUrl(), user(), password(),
                Clock.fixed(NOW.plus(MailOutbox.CLAIM).plusSeconds(1), ZoneOffset.UTC))) {
            List<BookingReceipt> overdue = later.inTransaction(s -> s.bookingConfirmations().overdue(10));
            assertEquals(List.of(ann.booking().id()), overdue.stream().map(r -> r.booking().id()).toList(),
                    "a cancelled booking needs no confirmation");
            assertEquals("Community Asset Transfer: the first steps", overdue.get(0).event().title());
            assertEquals(List.of(), later.inTransaction(s -> s.bookingConfirmations().overdue(10)), "once");
            assertEquals(null, later.inTransaction(s -> s.eventBooking().find(bob.id())).confirmationDueAt());
            assertThrows(DomainException.class, () -> later.inTransaction(s ->
                    s.eventBooking().cancelWithCode(ann.booking().id(), ann.cancelCode())),
                    "the first email's link was never stored, so it is replaced");
            later.inTransaction(s -> s.eventBooking().cancelWithCode(ann.booking().id(), overdue.get(0).cancelCode()));
        }
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
    void aMemberBooksAMembersOnlyEventAndTheReceiptCarriesTheEventWithEachTopicOnce() {
        Instant start = Instant.parse("2026-04-10T09:00:00Z");
        EventId event = scheduled(new ScheduleEvent("Members' workshop", null, EventType.WORKSHOP,
                List.of("community-asset-transfer", "volunteering"), start, start.plusSeconds(3600), null, "Wells",
                20, true, null, null));
        activeMember("Mia Member", "mia@example.org");
        BookingReceipt booked = network.inTransaction(s -> s.eventBooking().book(new BookPlace(event, "Mia", "MIA@example.org")));
        BookingReceipt again = network.inTransaction(s -> s.eventBooking().book(new BookPlace(event, "Mia", "mia@example.org")));

        assertEquals(BookingStatus.CONFIRMED, booked.booking().status());
        assertEquals(booked.booking().id(), again.booking().id());
        assertEquals(null, again.cancelCode());
        for (BookingReceipt receipt : List.of(booked, again)) {
            assertEquals("Members' workshop", receipt.event().title());
            assertEquals(List.of("community-asset-transfer", "volunteering"),
                    receipt.event().topics().stream().map(t -> t.code()).sorted().toList());
        }
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
}
