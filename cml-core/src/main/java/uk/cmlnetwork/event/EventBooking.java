package uk.cmlnetwork.event;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberStatus;
import uk.cmlnetwork.member.Members;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.NotFound;

/**
 * Booking a place at an event: the capacity rule. Every booking, from a page, the REST API or the
 * core jar, comes through here. The caller owns the transaction: if storing the booking fails
 * (e.g. the database's one-booking-per-email constraint), rolling back also gives the place back.
 */
public class EventBooking {
    private final NetworkEvents events;
    private final Bookings bookings;
    private final Members members;
    private final InputCheck inputCheck;
    private final Clock clock;

    public EventBooking(NetworkEvents events, Bookings bookings, Members members, InputCheck inputCheck, Clock clock) {
        this.events = events;
        this.bookings = bookings;
        this.members = members;
        this.inputCheck = inputCheck;
        this.clock = clock;
    }

    /** Books a place, or returns the booking this email already has (so a repeated request is harmless). */
    public Booking book(BookPlace request) {
        inputCheck.check(request);
        NetworkEvent event = events.find(request.eventId())
                .orElseThrow(() -> new NotFound("event", request.eventId().value()));
        Optional<Booking> existing =
                bookings.findByEventAndEmail(event.id(), Member.normaliseEmail(request.email()));
        if (existing.isPresent()) {
            return existing.get();
        }
        // An email that belongs to a member account books only once that account may take part.
        members.findByEmail(Member.normaliseEmail(request.email()))
                .filter(member -> !member.mayTakePart())
                .ifPresent(member -> {
                    throw new DomainException(member.status() == MemberStatus.UNVERIFIED
                            ? "Confirm your email address before you book: use the link we emailed you"
                            : "This account cannot book events");
                });
        if (event.hasStartedBy(clock.instant())) {
            throw new BookingClosed(event);
        }
        if (!events.claimPlace(event.id())) {
            throw new EventFull(event);
        }
        Booking booking = new Booking(BookingId.newId(), event.id(), request.name(), request.email(), clock.instant());
        bookings.store(booking);
        return booking;
    }

    /** Everything this person has booked, soonest first ("my bookings"). */
    public List<Booking> bookingsOf(String email) {
        return bookings.forEmail(Member.normaliseEmail(email));
    }
}
