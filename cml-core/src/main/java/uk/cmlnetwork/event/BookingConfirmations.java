package uk.cmlnetwork.event;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.shared.NotFound;

/**
 * The confirmation emails that new bookings owe. {@link EventBooking#book} records on the booking that
 * its confirmation is owed; the server that made the booking emails it from memory and records it sent
 * here. Whatever is still owed when due (that server stopped, died or could not reach the mail server)
 * is handed out again by {@link #overdue}. The caller owns the transaction.
 */
public class BookingConfirmations {
    private final Bookings bookings;
    private final NetworkEvents events;
    private final Clock clock;

    public BookingConfirmations(Bookings bookings, NetworkEvents events, Clock clock) {
        this.bookings = bookings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The confirmation emails of these bookings were sent. Run it in a transaction of its own once the
     * mail server has accepted them.
     */
    public void sent(List<BookingId> ids) {
        if (!ids.isEmpty()) {
            bookings.confirmationsSent(ids);
        }
    }

    /**
     * Up to {@code max} bookings whose confirmation email was not recorded sent in time, each with a new
     * cancel code, as the raw code of the first email was never stored: the caller emails them in this
     * transaction. Their confirmation is no longer owed once it commits. Cancelled bookings need no email.
     */
    public List<BookingReceipt> overdue(int max) {
        List<BookingReceipt> receipts = new ArrayList<>();
        Map<EventId, NetworkEvent> read = new HashMap<>();
        for (Booking booking : bookings.confirmationsDue(clock.instant(), max)) {
            booking.confirmationHandled();
            if (!booking.isCancelled()) {
                NetworkEvent event = read.computeIfAbsent(booking.eventId(), this::event);
                receipts.add(new BookingReceipt(booking, event, booking.newCancelCode()));
            }
        }
        return receipts;
    }

    private NetworkEvent event(EventId id) {
        return events.find(id).orElseThrow(() -> new NotFound("event", id.value()));
    }
}
