package uk.cmlnetwork.web.event;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.web.page.Downloads;
import uk.cmlnetwork.web.setup.Settings;

/**
 * The signed-in member's own calendar: every event they booked (with joining links), cancelled
 * ones marked CANCELLED; or, with {@code ?event=ID}, the one event they have a place at (to add it to a
 * calendar from its page). Only ever the caller's own bookings.
 */
@WebServlet("/account/my-events.ics")
@ServletSecurity(@HttpConstraint(rolesAllowed = "MEMBER"))
public class MyEventsFeedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient EventsFacade events;

    @Inject
    transient EventCalendar calendar;

    @Inject
    transient Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String one = request.getParameter("event");
        if (one != null) {
            java.util.Optional<NetworkEvent> placed = one.isBlank() ? java.util.Optional.empty()
                    : events.myPlaceAt(new uk.cmlnetwork.event.EventId(one));
            if (placed.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "You have no place at this event");
                return;
            }
            Downloads.prepare(response, "text/calendar", "cml-network-event.ics");
            response.getWriter().write(calendar.forBooking(placed.get(), settings.siteUrl()));
            return;
        }
        List<NetworkEvent> booked = events.myBookedEvents();
        Downloads.prepare(response, "text/calendar", "my-cml-network-events.ics");
        response.getWriter().write(calendar.feed(booked, settings.siteUrl(), true));
    }
}
