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
 * ones marked CANCELLED. Only ever the caller's own bookings.
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
        List<NetworkEvent> booked = events.myBookedEvents();
        Downloads.prepare(response, "text/calendar", "my-cml-network-events.ics");
        response.getWriter().write(calendar.feed(booked, settings.siteUrl(), true));
    }
}
