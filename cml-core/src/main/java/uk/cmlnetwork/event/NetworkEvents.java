package uk.cmlnetwork.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface NetworkEvents {
    void store(NetworkEvent event);

    Optional<NetworkEvent> find(EventId id);

    /** Events that have not ended by the given moment, soonest first. */
    List<NetworkEvent> upcoming(Instant now, int limit);

    /**
     * Takes one place if one is free, in a single conditional update of the booked count, so two
     * transactions can never both take the last place. Returns false when the event is full.
     */
    boolean claimPlace(EventId id);
}
