package uk.cmlnetwork.ear.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.cmlnetwork.event.BookPlace;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.BookingId;
import uk.cmlnetwork.event.EventBooking;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.EventStatus;
import uk.cmlnetwork.event.EventType;
import uk.cmlnetwork.event.ScheduleEvent;

/**
 * A booking whose confirmation was never sent (made here through the core service alone, as if the
 * server that made it had died before sending) is found by the server's own rounds once it is due,
 * and its confirmation queued in the outbox, which then sends it and retries it like any other email.
 */
@ExtendWith(ArquillianExtension.class)
class OverdueConfirmationInServerIT {

    @Deployment
    static WebArchive application() {
        return Deployments.application(OverdueConfirmationInServerIT.class);
    }

    @Inject
    EventProgramme programme;

    @Inject
    EventBooking booking;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/cml")
    DataSource database;

    @Test
    void anOverdueConfirmationIsQueuedInTheOutboxByTheServersRounds() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(30));
        transaction.begin();
        EventId event = programme.create(new ScheduleEvent("Overdue confirmation workshop", null, EventType.WORKSHOP,
                List.of(), start, start.plusSeconds(3600), null, "Hillside Community Library", 5),
                EventStatus.PUBLISHED).id();
        transaction.commit();

        transaction.begin();
        String email = "overdue-" + System.nanoTime() + "@example.org";
        BookingId made = booking.book(new BookPlace(event, "Ann", email)).booking().id();
        transaction.commit();
        try (Connection c = database.getConnection();
             PreparedStatement overdue = c.prepareStatement("update booking set confirmation_due_at = ? where id = ?")) {
            overdue.setTimestamp(1, Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")));
            overdue.setString(2, made.value());
            assertEquals(1, overdue.executeUpdate());
        }

        Booking read = null;
        for (int i = 0; i < 100; i++) {
            transaction.begin();
            try {
                read = booking.find(made);
            } finally {
                transaction.commit();
            }
            if (read.confirmationDueAt() == null) {
                break;
            }
            Thread.sleep(100);
        }
        assertNotNull(read);
        assertEquals(null, read.confirmationDueAt(), "taken by a round within ten seconds");
        try (Connection c = database.getConnection();
             PreparedStatement queued = c.prepareStatement("select count(*) from outgoing_email where to_email = ?"
                     + " and kind = 'booking' and subject like 'Your place: %'")) {
            queued.setString(1, email);
            try (ResultSet rows = queued.executeQuery()) {
                rows.next();
                assertEquals(1, rows.getInt(1), "its confirmation is in the outbox now, once");
            }
        }
    }
}
