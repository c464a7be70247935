package uk.cmlnetwork.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import uk.cmlnetwork.jpa.DatabaseSchema;
import uk.cmlnetwork.jpa.JpaBookings;
import uk.cmlnetwork.jpa.JpaGuestBookingRequests;
import uk.cmlnetwork.jpa.JpaInterests;
import uk.cmlnetwork.jpa.JpaLibraries;
import uk.cmlnetwork.jpa.JpaMembers;
import uk.cmlnetwork.jpa.JpaNetworkEvents;
import uk.cmlnetwork.jpa.JpaTopics;
import uk.cmlnetwork.shared.InputCheck;

/**
 * 200 people race for the last 10 places, again and again: exactly 10 get a place, the rest wait
 * in one consistent order, nobody is booked twice. The control run switches the protection off
 * (a read-then-write count and no CHECK constraint) and must overbook, which shows the race is real.
 */
@Isolated("its control run must overbook, so it has the machine to itself")
class BookingRaceTest {
    static final int RACERS = 200;
    static final int LAST_PLACES = 10;
    static final int ALREADY_BOOKED = 30;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    static int databases;

    /** The test-only hook: counts places by reading then writing, as a naive implementation would. */
    static class UnprotectedEvents extends JpaNetworkEvents {
        private final EntityManager em;

        UnprotectedEvents(EntityManager em) {
            super(em);
            this.em = em;
        }

        @Override
        public boolean claimPlace(EventId id) {
            NetworkEvent event = em.find(NetworkEvent.class, id.value());
            em.refresh(event);
            if (event.capacity() != null && event.bookedCount() >= event.capacity()) {
                return false;
            }
            Thread.onSpinWait();
            em.createQuery("update NetworkEvent e set e.bookedCount = :count where e.id = :id")
                    .setParameter("count", event.bookedCount() + 1).setParameter("id", id.value()).executeUpdate();
            return true;
        }
    }

    /** A fresh in-memory database with the real schema, and bookings made through the given events port. */
    static final class Race implements AutoCloseable {
        final String url = "jdbc:derby:memory:race-" + (++databases) + ";create=true";
        final EntityManagerFactory emf;
        final ValidatorFactory validators = Validation.buildDefaultValidatorFactory();
        final Function<EntityManager, NetworkEvents> eventsPort;

        Race(boolean protectedBooking) throws Exception {
            try (Connection c = DriverManager.getConnection(url)) {
                DatabaseSchema.migrate(c);
                if (!protectedBooking) {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("alter table network_event drop constraint ck_event_places");
                    }
                    if (!c.getAutoCommit()) {
                        c.commit();
                    }
                }
            }
            emf = Persistence.createEntityManagerFactory("cml", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL", "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.jdbc.url", url, "eclipselink.connection-pool.default.max", "64"));
            eventsPort = protectedBooking ? JpaNetworkEvents::new : UnprotectedEvents::new;
        }

        <T> T inTransaction(Function<EventBooking, T> work) {
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                EventBooking booking = new EventBooking(eventsPort.apply(em), new JpaBookings(em), new JpaMembers(em),
                        new JpaGuestBookingRequests(em), new InputCheck(validators.getValidator()), CLOCK);
                T result = work.apply(booking);
                em.getTransaction().commit();
                return result;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }

        EventId eventWithLastPlaces() {
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            EventProgramme programme = new EventProgramme(new JpaNetworkEvents(em), new JpaInterests(em), new JpaTopics(em),
                    new JpaLibraries(em), new InputCheck(validators.getValidator()), CLOCK,
                    new uk.cmlnetwork.jpa.JpaRegionalGroups(em));
            Instant start = CLOCK.instant().plusSeconds(86_400);
            EventId id = programme.schedule(new ScheduleEvent("National conference", null, EventType.CONFERENCE,
                    List.of(), start, start.plusSeconds(28_800), null, "Birmingham", ALREADY_BOOKED + LAST_PLACES)).id();
            em.getTransaction().commit();
            em.close();
            for (int i = 0; i < ALREADY_BOOKED; i++) {
                String email = "early" + i + "@example.org";
                inTransaction(b -> b.book(new BookPlace(id, "Early Bird", email)));
            }
            return id;
        }

        /** 200 threads, released together, each booking once. */
        List<Booking> race(EventId event) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(RACERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Booking>> racers = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                String email = "racer" + i + "@example.org";
                racers.add(() -> {
                    start.await();
                    return inTransaction(b -> b.book(new BookPlace(event, "Racer", email)).booking());
                });
            }
            List<Future<Booking>> futures = new ArrayList<>();
            racers.forEach(r -> futures.add(pool.submit(r)));
            start.countDown();
            List<Booking> bookings = new ArrayList<>();
            for (Future<Booking> f : futures) {
                bookings.add(f.get());
            }
            pool.shutdown();
            return bookings;
        }

        @Override
        public void close() {
            emf.close();
            validators.close();
        }
    }

    @Test
    void exactlyTheLastPlacesAreTakenAndEveryoneElseWaitsInOrder() throws Exception {
        try (Race race = new Race(true)) {
            for (int round = 0; round < 5; round++) {
                EventId event = race.eventWithLastPlaces();
                List<Booking> outcome = race.race(event);
                assertEquals(LAST_PLACES, outcome.stream().filter(Booking::isConfirmed).count(), "round " + round);
                assertEquals(IntStream.rangeClosed(1, RACERS - LAST_PLACES).boxed().toList(),
                        outcome.stream().filter(Booking::isWaitlisted).map(Booking::waitlistPosition).sorted().toList());
                List<Booking> stored = race.inTransaction(b -> b.attendees(event));
                assertEquals(ALREADY_BOOKED + RACERS, stored.size());
                assertEquals(stored.size(), stored.stream().map(Booking::email).distinct().count(), "no one twice");
                assertEquals(ALREADY_BOOKED + LAST_PLACES, stored.stream().filter(Booking::isConfirmed).count());
            }
        }
    }

    @Test
    void aRepeatedRequestRacingItselfMakesOneBooking() throws Exception {
        try (Race race = new Race(true)) {
            EventId event = race.eventWithLastPlaces();
            ExecutorService pool = Executors.newFixedThreadPool(12);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<BookingId>> clicks = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                clicks.add(pool.submit(() -> {
                    start.await();
                    BookPlace same = new BookPlace(event, "Double Clicker", "double@example.org");
                    try {
                        return race.inTransaction(b -> b.book(same).booking().id());
                    } catch (AlreadyBooked clash) {
                        return null; // the unique constraint kept the other request's booking
                    }
                }));
            }
            start.countDown();
            List<BookingId> ids = new ArrayList<>();
            for (Future<BookingId> click : clicks) {
                ids.add(click.get());
            }
            pool.shutdown();
            assertEquals(1, ids.stream().filter(java.util.Objects::nonNull).distinct().count(),
                    "every request got the same booking, or was refused as already booked");
            assertEquals(1, race.inTransaction(b -> b.attendees(event)).stream()
                    .filter(x -> x.email().equals("double@example.org")).count());
            int booked = race.inTransaction(b -> b.attendees(event)).stream().filter(Booking::isConfirmed).toList().size();
            assertEquals(ALREADY_BOOKED + 1, booked);
        }
    }

    @Test
    void withTheProtectionSwitchedOffTheSameRaceOverbooks() throws Exception {
        long mostConfirmed = 0;
        try (Race race = new Race(false)) {
            for (int round = 0; round < 5 && mostConfirmed <= LAST_PLACES; round++) {
                EventId event = race.eventWithLastPlaces();
                mostConfirmed = Math.max(mostConfirmed, race.race(event).stream().filter(Booking::isConfirmed).count());
            }
        }
        assertTrue(mostConfirmed > LAST_PLACES,
                "without the conditional update and the CHECK constraint the race should overbook; it gave "
                        + mostConfirmed + " places for " + LAST_PLACES);
    }
}
