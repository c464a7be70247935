package uk.cmlnetwork.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface Bookings {
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

    /** The bookings whose confirmation email is still owed at {@code now}, the longest owed first. */
    List<Booking> confirmationsDue(Instant now, int max);

    /**
     * Records these bookings' confirmation emails sent, in one statement. It does not count as a change
     * of the booking (its version stays), so it never gets in the way of someone cancelling meanwhile.
     */
    void confirmationsSent(List<BookingId> ids);

    /** Keeps the bookings as anonymous counts: the name and email are replaced, and no email is owed any more. */
    void anonymiseAllFor(String email);
}
