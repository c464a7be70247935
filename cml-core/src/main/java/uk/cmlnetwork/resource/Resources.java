package uk.cmlnetwork.resource;

import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.event.EventId;

public interface Resources {
    void store(Resource resource);

    Optional<Resource> find(ResourceId id);

    /** Resources matching the search, newest first. */
    List<Resource> search(ResourceSearch search);

    /** Newest first. */
    List<Resource> newest(int limit);

    /** The recordings and handouts of one event, oldest first. */
    List<Resource> forEvent(EventId eventId);
}
