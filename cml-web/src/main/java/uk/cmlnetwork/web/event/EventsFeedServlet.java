package uk.cmlnetwork.web.event;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import uk.cmlnetwork.web.setup.Settings;

/** The iCalendar feed of the network's events, for anyone to subscribe to (no joining links in it). */
@WebServlet("/events.ics")
public class EventsFeedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient EventsFacade events;

    @Inject
    transient EventCalendar calendar;

    @Inject
    transient Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/calendar");
        response.getWriter().write(calendar.feed(events.upcomingForCalendars(500), settings.siteUrl(), false));
    }
}
