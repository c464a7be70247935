package uk.cmlnetwork.web.event;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.page.Downloads;
import uk.cmlnetwork.web.page.SpreadsheetCsv;

/** An event's attendee list as CSV, for coordinators. */
@WebServlet("/manage/attendees.csv")
@ServletSecurity(@HttpConstraint(rolesAllowed = "MEMBER"))
public class AttendeesCsvServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient EventManagementFacade events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String event = request.getParameter("event");
        try {
            events.event(new EventId(event == null ? "" : event));
        } catch (NotFound unknown) {
            response.sendError(404);
            return;
        }
        Downloads.prepare(response, "text/csv", "attendees.csv");
        try (SpreadsheetCsv csv = new SpreadsheetCsv(response.getWriter(),
                "name", "email", "status", "waiting_list_position", "booked_at", "cancelled_at")) {
            java.util.List<Booking> attendees = events.attendees(new EventId(event));
            java.util.Map<uk.cmlnetwork.event.BookingId, Integer> queue = events.placesOnWaitingList(new EventId(event));
            for (Booking b : attendees) {
                csv.row(b.attendeeName(), b.email(), b.status().name(), queue.get(b.id()), b.bookedAt(), b.cancelledAt());
            }
        }
    }
}
