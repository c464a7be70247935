package uk.cmlnetwork.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.mail.Letter;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.mail.OutboxCount;
import uk.cmlnetwork.mail.OutgoingEmail;

/** The mail outbox over a real database: queued with the transaction, taken once, retried, given up. */
abstract class OutboxContract extends NetworkFixture {
    private final MovingClock clock = new MovingClock(NOW);
    private CmlNetwork sender;

    @BeforeEach
    void openSender() {
        sender = CmlNetwork.open(jdbcUrl(), user(), password(), clock);
    }

    @AfterEach
    void closeSender() {
        sender.close();
    }

    private static Letter letter(String to) {
        return new Letter("booking", to, "Ada Trustee", "Your place", "Hello Ada,\n\nSee you there.\n");
    }

    @Test
    void anEmailExistsOnlyIfItsTransactionCommitted() throws Exception {
        assertThrows(IllegalStateException.class, () -> sender.inTransaction(s -> {
            s.mailOutbox().queue(letter("lost@example.org"));
            throw new IllegalStateException("the booking failed");
        }));
        sender.inTransaction(s -> s.mailOutbox().queue(letter("kept@example.org")));
        assertEquals(1, countRows("select count(*) from outgoing_email"));
        assertEquals(new OutboxCount(0, 1, 0), sender.inTransaction(s -> s.mailOutbox().count("booking")));
    }

    @Test
    void aTakenEmailIsNotTakenAgainUntilItsLeaseRunsOut() {
        String id = sender.inTransaction(s -> s.mailOutbox().queue(letter("ada@example.org")).id());
        List<OutgoingEmail> first = sender.inTransaction(s -> s.mailOutbox().takeDue(10));
        assertEquals(List.of(id), first.stream().map(OutgoingEmail::id).toList());
        assertEquals(List.of(), sender.inTransaction(s -> s.mailOutbox().takeDue(10)));

        // The first sender died without a word: after the lease, another sender takes it.
        clock.advance(MailOutbox.LEASE.plusSeconds(1));
        List<OutgoingEmail> again = sender.inTransaction(s -> s.mailOutbox().takeDue(10));
        assertEquals(1, again.size());
        assertEquals(2, again.get(0).attempts());
        sender.inTransaction(s -> {
            s.mailOutbox().sent(List.of(id));
            return null;
        });
        clock.advance(Duration.ofDays(1));
        assertEquals(List.of(), sender.inTransaction(s -> s.mailOutbox().takeDue(10)));
        assertEquals(new OutboxCount(1, 0, 0), sender.inTransaction(s -> s.mailOutbox().count("booking")));
    }

    @Test
    void aBatchTheMailServerAcceptedIsMarkedSentTogetherAndLosesItsText() throws Exception {
        List<String> ids = sender.inTransaction(s -> List.of(s.mailOutbox().queue(letter("ada@example.org")).id(),
                s.mailOutbox().queue(letter("grace@example.org")).id(), s.mailOutbox().queue(letter("mary@example.org")).id()));
        assertEquals(3, sender.inTransaction(s -> s.mailOutbox().takeDue(10)).size());
        sender.inTransaction(s -> {
            s.mailOutbox().sent(ids.subList(0, 2));
            return null;
        });
        assertEquals(new OutboxCount(2, 1, 0), sender.inTransaction(s -> s.mailOutbox().count("booking")));
        OutgoingEmail sent = sender.inTransaction(s -> s.mailOutbox().find(ids.get(0)));
        assertTrue(sent.isSent());
        assertEquals(null, sent.body(), "a sent email's text (with its cancel link) is not kept");
        assertEquals(0, countRows("select count(*) from outgoing_email where body like '%See you there%' and sent_at is not null"));
        assertEquals(1, countRows("select count(*) from outgoing_email where body like '%See you there%'"), "the unsent one keeps it");
        clock.advance(MailOutbox.LEASE.plusSeconds(1));
        assertEquals(List.of(ids.get(2)), sender.inTransaction(s -> s.mailOutbox().takeDue(10)).stream()
                .map(OutgoingEmail::id).toList(), "only the one not recorded as sent goes again");
    }

    @Test
    void aFailedEmailWaitsLongerEachTimeThenIsGivenUpAndCanBeRetried() {
        String id = sender.inTransaction(s -> s.mailOutbox().queue(letter("ada@example.org")).id());
        int attempts = 0;
        while (true) {
            List<OutgoingEmail> taken = sender.inTransaction(s -> s.mailOutbox().takeDue(10));
            if (taken.isEmpty()) {
                break;
            }
            attempts++;
            sender.inTransaction(s -> {
                s.mailOutbox().failed(id, "550 mailbox unavailable");
                return null;
            });
            Instant retryAt = sender.inTransaction(s -> s.mailOutbox().find(id).nextAttemptAt());
            if (retryAt == null) {
                break;
            }
            assertEquals(List.of(), sender.inTransaction(s -> s.mailOutbox().takeDue(10)), "waits before trying again");
            clock.set(retryAt);
        }
        assertEquals(7, attempts);
        OutgoingEmail givenUp = sender.inTransaction(s -> s.mailOutbox().find(id));
        assertTrue(givenUp.isGivenUp());
        assertEquals("550 mailbox unavailable", givenUp.lastError());
        assertEquals(new OutboxCount(0, 0, 1), sender.inTransaction(s -> s.mailOutbox().count("booking")));

        sender.inTransaction(s -> {
            s.mailOutbox().retry(id);
            return null;
        });
        assertEquals(1, sender.inTransaction(s -> s.mailOutbox().takeDue(10)).size());
    }

    @Test
    void longBodiesAndCalendarsAreKeptWhole() {
        String body = "A long newsletter. ".repeat(3000);
        String ics = "BEGIN:VCALENDAR\r\n" + "X-NOTE:padding\r\n".repeat(2000) + "END:VCALENDAR\r\n";
        String id = sender.inTransaction(s -> s.mailOutbox().queue(
                new Letter("newsletter", "ada@example.org", null, "November", body, ics)).id());
        OutgoingEmail read = sender.inTransaction(s -> s.mailOutbox().find(id));
        assertEquals(body, read.body());
        assertEquals(ics, read.calendar());
    }

    @Test
    void twoSendersNeverTakeTheSameEmail() throws Exception {
        sender.inTransaction(s -> {
            for (int i = 0; i < 200; i++) {
                s.mailOutbox().queue(letter("person" + i + "@example.org"));
            }
            return null;
        });
        List<String> taken = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                running.add(senders.submit(() -> {
                    List<OutgoingEmail> batch;
                    do {
                        batch = sender.inTransaction(s -> s.mailOutbox().takeDue(15));
                        batch.forEach(e -> taken.add(e.id()));
                    } while (!batch.isEmpty());
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            senders.shutdown();
        }
        assertEquals(200, taken.size());
        assertEquals(200, new HashSet<>(taken).size());
    }

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        void set(Instant to) {
            now = to;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
