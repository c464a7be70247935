package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.cmlnetwork.event.BookPlace;
import uk.cmlnetwork.event.Booking;

/**
 * Every booking made at once (the booking desk's, a signed-in member's, from a page or the REST API)
 * goes through here to {@link EventsFacade#book}: bookings that arrive while others are being saved
 * are saved together, in one transaction ({@link SavedTogether}). Each is still made by the core
 * service's rules, one after another in the order they came, and answered only once it is saved.
 */
@ApplicationScoped
public class BookingQueue {
    /** The most bookings saved in one transaction: each holds its event's row until the commit. */
    static final int MOST_TOGETHER = 50;

    @Inject
    EventsFacade events;

    private final SavedTogether<BookPlace, Booking> queue = new SavedTogether<>(MOST_TOGETHER,
            requests -> events.bookAll(requests), request -> DoubleClick.bookOnce(() -> events.book(request)));

    /** Books the place (or a place on the waiting list), or throws what the facade throws. */
    public Booking book(BookPlace request) {
        return queue.save(request);
    }
}
