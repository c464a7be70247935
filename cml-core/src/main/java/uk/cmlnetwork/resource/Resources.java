package uk.cmlnetwork.resource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.event.EventId;

public interface Resources {
    void store(Resource resource);

    Optional<Resource> find(ResourceId id);

    /** Withdrawn: gone from every list, its page and its file. */
    void remove(Resource resource);

    /** Resources matching the search, newest first; {@code today} decides which funding has closed. */
    List<Resource> search(ResourceSearch search, LocalDate today);

    /** Newest first. */
    List<Resource> newest(int limit);

    /** Published at or after the instant, oldest first. */
    List<Resource> publishedSince(java.time.Instant since);

    /** Funding opportunities closing between the two days (both included), soonest first. */
    List<Resource> fundingClosingBetween(LocalDate from, LocalDate until);

    /** The recordings and handouts of one event, oldest first. */
    List<Resource> forEvent(EventId eventId);
}
