package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.web.page.ForNextPage;
import uk.cmlnetwork.web.page.Pages;

/**
 * The page a guest's emailed link opens. Opening it books nothing (mail scanners open links); the
 * button posts, and then the place is booked by the same rules as every booking.
 */
@Named
@RequestScoped
public class ConfirmBookingPage {
    @Inject
    ForNextPage forNextPage;

    @Inject
    EventsFacade events;

    private String token;
    private uk.cmlnetwork.event.NetworkEvent event;

    public String confirm() {
        return Pages.attempt(Map.of(), () -> {
            Booking booking = events.confirmGuest(token);
            forNextPage.put("bookedEmail", booking.email());
            if (booking.isWaitlisted()) {
                forNextPage.put("waitlistPosition", events.placeOnWaitingList(booking));
            }
            return "/event?faces-redirect=true&id=" + booking.eventId().value();
        });
    }

    /** The event the link is for, named on the page; null for a wrong, used or old link. */
    public uk.cmlnetwork.event.NetworkEvent getEvent() {
        if (event == null && token != null) {
            event = events.eventOfGuestLink(token);
        }
        return event;
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
