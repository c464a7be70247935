package uk.cmlnetwork.ear.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.cmlnetwork.event.BookPlace;
import uk.cmlnetwork.event.BookingStatus;
import uk.cmlnetwork.event.EventBooking;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.EventStatus;
import uk.cmlnetwork.event.EventType;
import uk.cmlnetwork.event.ScheduleEvent;
import uk.cmlnetwork.shared.DomainException;

/**
 * Inside a managed Open Liberty: booking through the CDI-produced core services in the container's
 * JTA transactions, on the server's own data source. A rolled-back booking gives its place back.
 */
@ExtendWith(ArquillianExtension.class)
class BookingInServerIT {

    @Deployment
    static WebArchive application() {
        return Deployments.application(BookingInServerIT.class);
    }

    @Inject
    EventProgramme programme;

    @Inject
    EventBooking booking;

    @Inject
    UserTransaction transaction;

    @Test
    void bookingsInSeparateTransactionsFillThePlacesThenTheWaitingListAndARollbackGivesThePlaceBack() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(30));
        transaction.begin();
        EventId event = programme.create(new ScheduleEvent("In-server workshop", null, EventType.WORKSHOP, List.of(),
                start, start.plusSeconds(3600), null, "Hillside Community Library", 2), EventStatus.PUBLISHED).id();
        transaction.commit();

        transaction.begin();
        booking.book(new BookPlace(event, "Rolled Back", "rolled-back@example.org"));
        transaction.rollback();
        assertEquals(0, bookedCount(event), "the rolled-back booking gave its place back");

        for (String who : new String[] {"ann", "bob", "cat"}) {
            transaction.begin();
            booking.book(new BookPlace(event, who, who + "@example.org"));
            transaction.commit();
        }
        transaction.begin();
        List<BookingStatus> statuses = booking.attendees(event).stream().map(b -> b.status()).sorted().toList();
        transaction.commit();
        assertEquals(List.of(BookingStatus.CONFIRMED, BookingStatus.CONFIRMED, BookingStatus.WAITLISTED), statuses);
        assertEquals(2, bookedCount(event));

        transaction.begin();
        try {
            assertThrows(DomainException.class, () -> booking.changeCapacity(event, 1));
        } finally {
            transaction.rollback();
        }
    }

    private int bookedCount(EventId event) throws Exception {
        transaction.begin();
        try {
            return programme.find(event).bookedCount();
        } finally {
            transaction.commit();
        }
    }
}
