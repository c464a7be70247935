package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.event.BookPlace;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.BookingId;
import uk.cmlnetwork.event.BookingReceipt;
import uk.cmlnetwork.event.EventBooking;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.event.ScheduleEvent;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.web.account.CurrentMember;

/**
 * The transaction boundary for everything pages do with events. Emails go out inside the
 * transaction: if the mail server refuses, the booking is not kept and the person is told to retry.
 */
@ApplicationScoped
@Transactional
public class EventsFacade {
    @Inject
    EventProgramme programme;

    @Inject
    EventBooking booking;

    @Inject
    BookingMail mail;

    @Inject
    CurrentMember current;

    public List<NetworkEvent> upcoming(int limit) {
        return programme.upcoming(limit);
    }

    public NetworkEvent find(EventId id) {
        return programme.find(id);
    }

    public NetworkEvent schedule(ScheduleEvent details) {
        return programme.schedule(details);
    }

    public Booking book(BookPlace request) {
        BookingReceipt receipt = booking.book(request);
        if (receipt.cancelCode() != null) {
            mail.booked(receipt, programme.find(request.eventId()));
        }
        return receipt.booking();
    }

    /** A signed-in member cancels one of their own bookings. */
    public void cancelOwn(BookingId id) {
        Booking own = booking.find(id);
        if (!current.isSignedIn() || !own.email().equals(current.get().email())) {
            throw new DomainException("You can only cancel your own bookings");
        }
        tellPromoted(booking.cancel(id));
    }

    /** Anyone with the emailed cancel link cancels that booking, without signing in. */
    public void cancelWithCode(BookingId id, String code) {
        tellPromoted(booking.cancelWithCode(id, code));
    }

    public Booking findBooking(BookingId id) {
        return booking.find(id);
    }

    private void tellPromoted(List<BookingReceipt> promoted) {
        promoted.forEach(p -> mail.promoted(p, programme.find(p.booking().eventId())));
    }
}
