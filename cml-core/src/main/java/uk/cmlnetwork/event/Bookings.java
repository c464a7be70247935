package uk.cmlnetwork.event;

import java.util.List;
import java.util.Optional;

public interface Bookings {
    /**
     * Saves a new booking at once. A second booking for the same email and event (two requests at the
     * same moment: a double click) is refused here by the database's unique constraint, with {@link AlreadyBooked}.
     */
    void store(Booking booking);

    /**
     * The event, this address's booking for it and the member account with this address, in one read
     * (under a rush of bookings each statement costs the database a round trip). Empty if there is no
     * such event. For reading only: changes made to what it returns are not saved.
     */
    Optional<BookingSituation> situation(EventId eventId, String email);

    List<Booking> forEvent(EventId eventId);

    Optional<Booking> find(BookingId id);

    /** The first person still waiting for this event, if any. */
    Optional<Booking> firstWaiting(EventId eventId);

    /** Writes pending changes now, so the next query sees them. */
    void flush();

    List<Booking> forEmail(String email);


    /** Keeps the bookings as anonymous counts: the name and email are replaced. */
    void anonymiseAllFor(String email);
}
