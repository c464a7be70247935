package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.event.BookPlace;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.EventBooking;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.event.ScheduleEvent;

/** The transaction boundary for everything pages do with events. */
@ApplicationScoped
@Transactional
public class EventsFacade {
    @Inject
    EventProgramme programme;

    @Inject
    EventBooking booking;

    public List<NetworkEvent> upcoming(int limit) {
        return programme.upcoming(limit);
    }

    public NetworkEvent find(EventId id) {
        return programme.find(id);
    }

    public NetworkEvent schedule(ScheduleEvent details) {
        return programme.schedule(details);
    }

    public Booking book(BookPlace request) {
        return booking.book(request);
    }
}
