package uk.cmlnetwork.event;

import java.util.List;
import java.util.Optional;

public interface Interests {
    void store(EventInterest interest);

    Optional<EventInterest> find(EventId eventId, String email);

    /** Those who registered interest and have not yet been told booking is open, in the order they asked. */
    List<EventInterest> notYetTold(EventId eventId);

    long count(EventId eventId);

    /** Forgets this person's interest everywhere (account deleted). */
    void deleteAllFor(String email);
}
