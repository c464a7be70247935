package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.cmlnetwork.event.NetworkEvent;

/** The events page: what is coming up. */
@Named
@RequestScoped
public class EventListPage {
    @Inject
    EventsFacade events;

    private List<NetworkEvent> upcoming;

    public List<NetworkEvent> getUpcoming() {
        if (upcoming == null) {
            upcoming = events.upcoming(100);
        }
        return upcoming;
    }
}
