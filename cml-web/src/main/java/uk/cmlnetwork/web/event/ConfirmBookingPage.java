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

    public String confirm() {
        return Pages.attempt(Map.of(), () -> {
            Booking booking = events.confirmGuest(token);
            forNextPage.put("bookedEmail", booking.email());
            if (booking.isWaitlisted()) {
                forNextPage.put("waitlistPosition", booking.waitlistPosition());
            }
            return "/event?faces-redirect=true&id=" + booking.eventId().value();
        });
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
