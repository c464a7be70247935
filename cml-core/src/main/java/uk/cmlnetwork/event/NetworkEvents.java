package uk.cmlnetwork.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface NetworkEvents {
    void store(NetworkEvent event);

    Optional<NetworkEvent> find(EventId id);

    /** Public events matching the search: not ended by now soonest first, or (past) ended most recent first. */
    List<NetworkEvent> search(EventSearch search, Instant now, int limit);

    /** Public events (past ones too) with these words (lower case) in the title or description, latest first. */
    List<NetworkEvent> publicMatching(String words, int limit);

    /** Every event not ended by now, whatever its status, and every proposal waiting for a decision. */
    List<NetworkEvent> notOverOrAwaitingDecision(Instant now, int limit);

    /** Public events this library hosts, newest first. */
    /** Meetups this member proposed, newest first. */
    List<NetworkEvent> proposedBy(String memberId);

    List<NetworkEvent> hostedBy(uk.cmlnetwork.library.LibraryId library, int limit);

    /**
     * Takes one place if one is free, in a single conditional update of the booked count, so two
     * transactions can never both take the last place. Returns false when the event is full.
     */
    boolean claimPlace(EventId id);

    /** Gives a place back (a confirmed booking was cancelled). */
    void releasePlace(EventId id);

    /**
     * The next place in the event's waiting list. The counter is raised in one update, which also
     * locks the event's row until the transaction ends, so positions never repeat.
     */
    int nextWaitlistPosition(EventId id);

    /** Sets the capacity (null: unlimited), in one update that refuses to go below the places taken. */
    boolean changeCapacity(EventId id, Integer capacity);
}
