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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.event.AlreadyBooked;
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
    void severalBookingsInOneTransactionAreSavedAndASecondForTheSameEmailReturnsTheFirst() {
        EventId event = scheduled(workshop(3, Instant.parse("2026-04-10T09:00:00Z")));
        List<Booking> together = network.inTransaction(s -> List.of(
                s.eventBooking().book(new BookPlace(event, "Ann", "ann@example.org")).booking(),
                s.eventBooking().book(new BookPlace(event, "Bob", "bob@example.org")).booking(),
                s.eventBooking().book(new BookPlace(event, "Ann", "ANN@example.org")).booking()));
        assertEquals(List.of(BookingStatus.CONFIRMED, BookingStatus.CONFIRMED, BookingStatus.CONFIRMED),
                together.stream().map(Booking::status).toList());
        assertEquals(together.get(0).id(), together.get(2).id());
        assertEquals(2, network.inTransaction(s -> s.eventBooking().attendees(event)).size());
        assertEquals(2, network.inTransaction(s -> s.eventProgramme().find(event)).bookedCount());
    }

    @Test
    void twoBookingsForOnePersonAtTheSameMomentKeepOnePlace() throws Exception {
        EventId event = scheduled(workshop(3, Instant.parse("2026-04-10T09:00:00Z")));
        CountDownLatch firstSaved = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Booking> first = pool.submit(() -> network.inTransaction(s -> {
                Booking made = s.eventBooking().book(new BookPlace(event, "Ann", "ann@example.org")).booking();
                firstSaved.countDown();
                await(secondStarted);
                sleep(300); // the second is now waiting on the event's row (or, on Derby, on this booking's)
                return made;
            }));
            Future<Object> second = pool.submit(() -> {
                await(firstSaved);
                secondStarted.countDown();
                try {
                    return network.inTransaction(s -> s.eventBooking().book(new BookPlace(event, "Ann", "ann@example.org")).booking());
                } catch (AlreadyBooked refused) {
                    return refused;
                }
            });
            Booking kept = first.get(30, TimeUnit.SECONDS);
            Object answer = second.get(30, TimeUnit.SECONDS);
            assertTrue(answer instanceof AlreadyBooked || ((Booking) answer).id().equals(kept.id()),
                    "the second is refused by the unique constraint, or (if it saw the first) returns it: " + answer);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, network.inTransaction(s -> s.eventBooking().attendees(event)).size());
        assertEquals(1, network.inTransaction(s -> s.eventProgramme().find(event)).bookedCount(), "the second's place given back");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
    void eachPlaceIsRemindedTwoDaysBeforeAndOnTheDayOnceEvenAfterARestart() throws Exception {
        Instant start = Instant.parse("2026-03-10T14:00:00Z"); // 2pm in London, in winter time
        EventId event = scheduled(workshop(1, start));
        Booking ann = book(event, "ann");
        Booking bob = book(event, "bob"); // waiting: no reminders
        assertEquals(List.of(), remindersAt(Instant.parse("2026-03-07T14:00:00Z")), "three days before: nothing yet");

        List<uk.cmlnetwork.event.DueReminder> ahead = remindersAt(Instant.parse("2026-03-08T15:00:00Z"));
        assertEquals(List.of(ann.id()), ahead.stream().map(r -> r.booking().id()).toList());
        assertEquals(uk.cmlnetwork.event.ReminderKind.TWO_DAYS_BEFORE, ahead.get(0).kind());
        recordAt(Instant.parse("2026-03-08T15:00:00Z"), ahead.get(0));
        assertThrows(RuntimeException.class, () -> recordAt(Instant.parse("2026-03-08T15:00:01Z"), ahead.get(0)),
                "a second server recording the same reminder is refused");
        assertEquals(List.of(), remindersAt(Instant.parse("2026-03-09T09:00:00Z")), "sent once, also after a restart");

        assertEquals(List.of(), remindersAt(Instant.parse("2026-03-10T06:30:00Z")), "not before 7am on the day");
        List<uk.cmlnetwork.event.DueReminder> today = remindersAt(Instant.parse("2026-03-10T08:00:00Z"));
        assertEquals(List.of(uk.cmlnetwork.event.ReminderKind.ON_THE_DAY), today.stream().map(uk.cmlnetwork.event.DueReminder::kind).toList());
        recordAt(Instant.parse("2026-03-10T08:00:00Z"), today.get(0));
        assertEquals(List.of(), remindersAt(Instant.parse("2026-03-10T12:00:00Z")));
        assertEquals(List.of(), remindersAt(Instant.parse("2026-03-10T15:00:00Z")), "not once it has started");
        assertTrue(bob.isWaitlisted());
    }

    /** The reminders due at this moment, read by a network opened then (as after a restart). */
    private List<uk.cmlnetwork.event.DueReminder> remindersAt(Instant at) {
        try (CmlNetwork then = CmlNetwork.open(jdbcUrl(), user(), password(), java.time.Clock.fixed(at, java.time.ZoneOffset.UTC))) {
            return then.inTransaction(s -> s.eventReminders().due());
        }
    }

    private void recordAt(Instant at, uk.cmlnetwork.event.DueReminder reminder) {
        try (CmlNetwork then = CmlNetwork.open(jdbcUrl(), user(), password(), java.time.Clock.fixed(at, java.time.ZoneOffset.UTC))) {
            then.inTransaction(s -> {
                s.eventReminders().recordSent(reminder);
                return null;
            });
        }
    }

    @Test
    void aWaitingPlaceCountsOnlyThoseStillWaitingAhead() {
        EventId event = scheduled(workshop(1, Instant.parse("2026-04-10T09:00:00Z")));
        Booking ann = book(event, "ann");
        Booking bob = book(event, "bob");
        Booking cat = book(event, "cat");
        Integer annPlace = network.inTransaction(s -> s.eventBooking().placeOnWaitingList(ann));
        Integer catPlace = network.inTransaction(s -> s.eventBooking().placeOnWaitingList(cat));
        assertEquals(null, annPlace, "ann has the place");
        assertEquals(Integer.valueOf(2), catPlace);
        network.inTransaction(s -> s.eventBooking().cancel(bob.id()));
        Booking catNow = network.inTransaction(s -> s.eventBooking().find(cat.id()));
        Integer catLater = network.inTransaction(s -> s.eventBooking().placeOnWaitingList(catNow));
        assertEquals(Integer.valueOf(1), catLater, "bob left the queue");
    }

    @Test
    void refusesToLowerCapacityBelowTheConfirmedBookingsAndFillsRaisedCapacityFromTheWaitingList() {
        EventId event = scheduled(workshop(3, Instant.parse("2026-04-10T09:00:00Z")));
        for (String name : List.of("ann", "bob", "cat", "dan", "eve")) {
            book(event, name);
        }
        InvalidInput lowered = assertThrows(InvalidInput.class,
                () -> network.inTransaction(s -> s.eventBooking().changeCapacity(event, 1)));
        assertTrue(lowered.problems().get("capacity").contains("1 place would take the place of 2 people"), lowered.getMessage());
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
