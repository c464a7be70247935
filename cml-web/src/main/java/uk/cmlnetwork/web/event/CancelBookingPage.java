package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import uk.cmlnetwork.event.BookingId;
import uk.cmlnetwork.web.page.Pages;

/**
 * The page the cancel link in a booking email opens. Opening it changes nothing; the button posts.
 * It works without signing in: the secret in the link is the proof.
 */
@Named
@RequestScoped
public class CancelBookingPage {
    @Inject
    EventsFacade events;

    private String booking;
    private String code;
    private boolean cancelled;
    private uk.cmlnetwork.event.NetworkEvent event;

    public String cancel() {
        return Pages.attempt(Map.of(), () -> {
            events.cancelWithCode(new BookingId(booking == null ? "" : booking), code);
            cancelled = true;
            return null;
        });
    }

    /** The event the link is about, named on the page; null for a wrong link. */
    public uk.cmlnetwork.event.NetworkEvent getEvent() {
        if (event == null && booking != null && !booking.isBlank()) {
            event = events.eventOfCancelLink(new BookingId(booking), code);
        }
        return event;
    }

    public String getBooking() { return booking; }
    public void setBooking(String booking) { this.booking = booking; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public boolean isCancelled() { return cancelled; }
}
