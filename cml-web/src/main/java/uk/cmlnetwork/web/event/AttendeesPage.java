package uk.cmlnetwork.web.event;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.BookingId;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.page.Pages;

/** One event's attendees for coordinators: statuses, attendance, places, cancelling the event. */
@Named
@ViewScoped
public class AttendeesPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    EventManagementFacade events;

    private String id;
    private String capacity;
    private boolean confirmCancel;
    private String subject;
    private String text;

    public void load() {
        try {
            NetworkEvent event = events.event(new EventId(id == null ? "" : id));
            capacity = event.capacity() == null ? "" : String.valueOf(event.capacity());
        } catch (NotFound unknown) {
            Pages.notFound();
        }
    }

    public NetworkEvent getEvent() {
        return events.event(new EventId(id));
    }

    public List<Booking> getAttendees() {
        return events.attendees(new EventId(id));
    }

    public String markAttended(String bookingId, boolean attended) {
        return act(() -> events.markAttended(new BookingId(bookingId), attended), "Attendance saved");
    }

    public String changeCapacity() {
        Integer places;
        try {
            places = capacity == null || capacity.isBlank() ? null : Integer.valueOf(capacity.strip());
        } catch (NumberFormatException notANumber) {
            Pages.showProblems(InvalidInput.of("capacity", "Enter a whole number, or leave it empty for unlimited"),
                    Map.of("capacity", "places:capacity"));
            return null;
        }
        return Pages.attempt(Map.of("capacity", "places:capacity"), () -> {
            events.changeCapacity(new EventId(id), places);
            Pages.showInfo("The number of places has been changed");
            return null;
        });
    }

    public String emailAttendees() {
        return Pages.attempt(Map.of("subject", "message:subject", "text", "message:text"), () -> {
            int sent = events.emailAttendees(new EventId(id), subject, text);
            Pages.showInfo("Your email has gone to " + sent + (sent == 1 ? " person" : " people"));
            subject = null;
            text = null;
            return null;
        });
    }

    public String cancelEvent() {
        if (!confirmCancel) {
            Pages.showProblems(InvalidInput.of("confirm", "Tick the box to confirm that the event is cancelled"),
                    Map.of("confirm", "cancelEvent:confirm"));
            return null;
        }
        return act(() -> events.cancelEvent(new EventId(id)), "The event is cancelled and everyone booked has been emailed");
    }

    private String act(Runnable change, String done) {
        return Pages.attempt(Map.of(), () -> {
            change.run();
            Pages.showInfo(done);
            return null;
        });
    }

    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String capacity) { this.capacity = capacity; }
    public boolean isConfirmCancel() { return confirmCancel; }
    public void setConfirmCancel(boolean confirmCancel) { this.confirmCancel = confirmCancel; }
}
