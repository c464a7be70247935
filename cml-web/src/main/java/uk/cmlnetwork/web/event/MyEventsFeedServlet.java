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
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.web.Settings;
import uk.cmlnetwork.web.account.MembersFacade;
import uk.cmlnetwork.web.Downloads;

/**
 * The signed-in member's own calendar: every event they booked (with joining links), cancelled
 * ones marked CANCELLED. Only ever the caller's own bookings.
 */
@WebServlet("/account/my-events.ics")
@ServletSecurity(@HttpConstraint(rolesAllowed = "MEMBER"))
public class MyEventsFeedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MembersFacade members;

    @Inject
    transient EventsFacade events;

    @Inject
    transient EventCalendar calendar;

    @Inject
    transient Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MemberId id = new MemberId(request.getUserPrincipal().getName());
        List<NetworkEvent> booked = members.bookingsOf(id).stream()
                .filter(b -> !b.isWaitlisted())
                .map(b -> events.find(b.eventId()))
                .distinct()
                .toList();
        Downloads.prepare(response, "text/calendar", "my-cml-network-events.ics");
        response.getWriter().write(calendar.feed(booked, settings.siteUrl(), true));
    }
}
