package uk.cmlnetwork.web.event;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.web.page.Downloads;
import uk.cmlnetwork.web.setup.Settings;

/**
 * A member's personal calendar address, /calendar/SECRET.ics, for a calendar app to subscribe to: it
 * cannot sign in, so the secret in the address is the key. It holds what /account/my-events.ics holds
 * (the member's places, with joining links). The member renews the secret on their account page if the
 * address leaks; an unknown or old one is simply not found.
 */
@WebServlet("/calendar/*")
public class PersonalCalendarServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient EventsFacade events;

    @Inject
    transient EventCalendar calendar;

    @Inject
    transient Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String key = path == null || !path.endsWith(".ics") ? null : path.substring(1, path.length() - ".ics".length());
        Optional<List<NetworkEvent>> booked = key == null || key.contains("/") ? Optional.empty()
                : events.bookedEventsByCalendarKey(key);
        if (booked.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No calendar at this address");
            return;
        }
        Downloads.prepare(response, "text/calendar", "my-cml-network-events.ics");
        response.getWriter().write(calendar.feed(booked.get(), settings.siteUrl(), true));
    }
}
