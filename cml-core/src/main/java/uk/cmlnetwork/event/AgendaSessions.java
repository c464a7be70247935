package uk.cmlnetwork.event;

import java.util.List;
import java.util.Optional;

public interface AgendaSessions {
    void store(AgendaSession session);

    Optional<AgendaSession> find(String id);

    void remove(AgendaSession session);

    /** The event's sessions in time order. */
    List<AgendaSession> forEvent(EventId eventId);
}
