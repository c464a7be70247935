package uk.cmlnetwork.event;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberStatus;
import uk.cmlnetwork.member.Members;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NetworkTime;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Secrets;

/**
 * Booking places at events: the capacity rule and the waiting list. Every booking, from a page,
 * the REST API or the core jar, comes through here. The caller owns the transaction: if storing a
 * booking fails (e.g. the one-booking-per-email constraint), rolling back also gives the place back.
 */
public class EventBooking {
    private final NetworkEvents events;
    private final Bookings bookings;
    private final Members members;
    private final GuestBookingRequests guestRequests;
    private final InputCheck inputCheck;
    private final Clock clock;

    /** How long a guest has to follow the emailed link. */
    public static final Duration GUEST_LINK_LIFETIME = Duration.ofHours(24);

    public EventBooking(NetworkEvents events, Bookings bookings, Members members, GuestBookingRequests guestRequests,
                        InputCheck inputCheck, Clock clock) {
        this.events = events;
        this.bookings = bookings;
        this.members = members;
        this.guestRequests = guestRequests;
        this.inputCheck = inputCheck;
        this.clock = clock;
    }

    /**
     * A confirmed place if one is free, otherwise a place in the waiting list. A repeated request
     * for the same email returns the booking it already has, so a double click is harmless.
     */
    public BookingReceipt book(BookPlace request) {
        inputCheck.check(request);
        BookingSituation situation = bookings.situation(request.eventId(), Member.normaliseEmail(request.email()))
                .orElseThrow(() -> new NotFound("event", request.eventId().value()));
        NetworkEvent event = situation.event();
        Optional<Booking> existing = situation.existing();
        if (existing.isPresent() && !existing.get().isCancelled()) {
            return new BookingReceipt(existing.get(), event, null);
        }
        if (existing.isPresent()) {
            throw new DomainException("You cancelled your booking for " + event.title()
                    + ". To come after all, ask the event's coordinator.");
        }
        refuseUnbookable(event, situation.account());
        Integer waitlistPosition = events.claimPlace(event.id()) ? null : events.nextWaitlistPosition(event.id());
        Booking booking = new Booking(BookingId.newId(), event.id(), request.name(), request.email(), clock.instant(),
                waitlistPosition);
        String cancelCode = booking.newCancelCode();
        bookings.store(booking);
        return new BookingReceipt(booking, event, cancelCode);
    }

    /**
     * A guest (not signed in) asks for a place: nothing is taken yet. The caller emails them a link
     * with the returned secret; following it books through {@link #confirmGuest}, by the same rules.
     */
    public GuestRequestSent requestAsGuest(BookPlace request) {
        inputCheck.check(request);
        NetworkEvent event = event(request.eventId());
        // Whether this address has booked already is not said here (the page is public); the link says so.
        refuseUnbookable(event, members.findByEmail(Member.normaliseEmail(request.email())));
        String token = Secrets.newSecret();
        GuestBookingRequest pending = new GuestBookingRequest(Secrets.hash(token),
                new BookPlace(request.eventId(), request.name(), Member.normaliseEmail(request.email())),
                clock.instant(), clock.instant().plus(GUEST_LINK_LIFETIME));
        guestRequests.store(pending);
        return new GuestRequestSent(pending, token);
    }

    /** The guest followed the emailed link: the place is booked now (or the waiting list joined). */
    public BookingReceipt confirmGuest(String token) {
        GuestBookingRequest pending = token == null || token.isBlank() ? null
                : guestRequests.findByTokenHash(Secrets.hash(token.strip())).orElse(null);
        if (pending == null || !pending.isUsableAt(clock.instant())) {
            throw new DomainException("This booking link is not right, has been used or has expired (links last "
                    + GUEST_LINK_LIFETIME.toHours() + " hours). Ask for a place again on the event's page.");
        }
        pending.confirmed(clock.instant());
        return book(pending.asBooking());
    }

    /** The account is the member account with the booking's email address, if there is one. */
    private void refuseUnbookable(NetworkEvent event, Optional<Member> account) {
        refuseAccountsThatMayNotTakePart(account);
        if (event.status() == EventStatus.ANNOUNCED) {
            throw new DomainException(event.title() + " is not open for booking yet: register your interest"
                    + " and we will email you when it opens");
        }
        if (event.isHeld()) {
            throw new BookingClosed(event);
        }
        if (!event.isCancelled() && !event.isPublished()) {
            throw new NotFound("event", event.id().value());
        }
        if (event.isCancelled()) {
            throw new DomainException(event.title() + " has been cancelled");
        }
        if (event.hasStartedBy(clock.instant())) {
            throw new BookingClosed(event);
        }
        if (!event.isBookingOpenAt(clock.instant())) {
            throw new DomainException(event.bookingOpensAt() != null && clock.instant().isBefore(event.bookingOpensAt())
                    ? "Booking for " + event.title() + " opens on " + NetworkTime.dateAndTime(event.bookingOpensAt())
                    : "Booking for " + event.title() + " has closed");
        }
        if (event.isMembersOnly() && account.filter(Member::mayTakePart).isEmpty()) {
            throw new DomainException(event.title() + " is for members of the network: join, or sign in, to book");
        }
    }

    /**
     * Cancels a booking. A confirmed place goes at once to the first person waiting, if any;
     * the promoted bookings are returned so the caller can tell them.
     */
    public List<BookingReceipt> cancel(BookingId id) {
        Booking booking = bookings.find(id).orElseThrow(() -> new NotFound("booking", id.value()));
        if (booking.isCancelled()) {
            throw new DomainException("This booking was already cancelled");
        }
        boolean hadPlace = booking.isConfirmed();
        booking.cancel(clock.instant());
        if (!hadPlace) {
            return List.of();
        }
        events.releasePlace(booking.eventId());
        return promoteWhileFree(booking.eventId());
    }

    /**
     * Where a waiting booking is in the queue now: 1 for the next to get a place, counting only those still
     * waiting ahead of it; null for a booking that is not waiting.
     */
    public Integer placeOnWaitingList(Booking booking) {
        return booking.isWaitlisted() ? placesOnWaitingList(booking.eventId()).get(booking.id()) : null;
    }

    /**
     * Each waiting booking's place in the event's queue: 1 for the next to get a place. It counts only those
     * still waiting ahead, so a promoted or cancelled booking has none, whatever number it once drew.
     */
    public java.util.Map<BookingId, Integer> placesOnWaitingList(EventId event) {
        java.util.Map<BookingId, Integer> places = new java.util.HashMap<>();
        bookings.forEvent(event).stream().filter(Booking::isWaitlisted)
                .sorted(java.util.Comparator.comparing(Booking::waitlistPosition))
                .forEach(b -> places.put(b.id(), places.size() + 1));
        return places;
    }

    /** The event an emailed cancel link is about, for its page to name; nothing for a forged link. */
    public Optional<NetworkEvent> eventOfCancelLink(BookingId id, String code) {
        return bookings.find(id).filter(b -> b.hasCancelCode(code)).flatMap(b -> events.find(b.eventId()));
    }

    /** The event a guest's emailed link asks a place at, for its page to name; nothing for a wrong or used link. */
    public Optional<NetworkEvent> eventOfGuestLink(String token) {
        return (token == null || token.isBlank() ? Optional.<GuestBookingRequest>empty()
                : guestRequests.findByTokenHash(Secrets.hash(token.strip())))
                .filter(r -> r.isUsableAt(clock.instant())).flatMap(r -> events.find(r.eventId()));
    }

    /** Cancels through the emailed link: works without signing in, refuses a forged or used link. */
    public List<BookingReceipt> cancelWithCode(BookingId id, String code) {
        Booking booking = bookings.find(id).orElse(null);
        if (booking == null || !booking.hasCancelCode(code)) {
            throw new DomainException("This cancel link is not right. Use the link in your booking email, "
                    + "or sign in and cancel from your account.");
        }
        return cancel(id);
    }

    /**
     * Changes the number of places. Lowering it below the confirmed bookings is refused, saying how
     * many people would lose their place; raising it gives the new places to the waiting list.
     */
    public List<BookingReceipt> changeCapacity(EventId id, Integer capacity) {
        NetworkEvent event = event(id);
        if (capacity != null && capacity < 1) {
            throw InvalidInput.of("capacity", "The number of places must be 1 or more");
        }
        if (!events.changeCapacity(id, capacity)) {
            int bumped = event.bookedCount() - capacity;
            throw InvalidInput.of("capacity", "There are already " + event.bookedCount() + " confirmed bookings: "
                    + capacity + (capacity == 1 ? " place" : " places") + " would take the place of " + bumped + (bumped == 1 ? " person" : " people")
                    + ". Cancel bookings first, or choose " + event.bookedCount() + " or more.");
        }
        return promoteWhileFree(id);
    }

    /** Cancels the event and every booking for it; returns the bookings that were live, to tell those people. */
    public List<Booking> cancelEvent(EventId id) {
        NetworkEvent event = event(id);
        if (event.isCancelled()) {
            throw new DomainException(event.title() + " was already cancelled");
        }
        event.cancel();
        List<Booking> live = bookings.forEvent(id).stream().filter(b -> !b.isCancelled()).toList();
        live.forEach(b -> b.cancel(clock.instant()));
        return live;
    }

    /** Everything this person has booked, soonest first ("my bookings"). */
    /**
     * A member's address changed: their bookings move to the new one, so their account and calendar still
     * show them. A booking of the same event already made under the new address (as a guest) is kept, and
     * the old one stays as it was.
     */
    public void moveBookings(String from, String to) {
        List<Booking> already = bookingsOf(to);
        for (Booking booking : bookingsOf(from)) {
            if (already.stream().noneMatch(b -> b.eventId().equals(booking.eventId()))) {
                booking.moveTo(to);
            }
        }
    }

    public List<Booking> bookingsOf(String email) {
        return bookings.forEmail(Member.normaliseEmail(email));
    }

    public List<Booking> attendees(EventId id) {
        return bookings.forEvent(id);
    }

    /** Those who had a place (confirmed, or marked as attended): who hears of a held event's recording and handouts. */
    public List<Booking> withAPlace(EventId id) {
        return bookings.forEvent(id).stream().filter(Booking::isConfirmed).toList();
    }

    public Booking find(BookingId id) {
        return bookings.find(id).orElseThrow(() -> new NotFound("booking", id.value()));
    }

    public Booking markAttended(BookingId id, boolean attended) {
        Booking booking = find(id);
        if (!booking.isConfirmed()) {
            throw new DomainException("Only a confirmed booking can be marked as attended");
        }
        booking.markAttended(attended);
        return booking;
    }

    private List<BookingReceipt> promoteWhileFree(EventId id) {
        List<BookingReceipt> promoted = new ArrayList<>();
        Optional<Booking> next = bookings.firstWaiting(id);
        NetworkEvent event = next.isPresent() ? event(id) : null; // read once, for the emails
        while (next.isPresent() && events.claimPlace(id)) {
            next.get().promote();
            promoted.add(new BookingReceipt(next.get(), event, next.get().newCancelCode()));
            bookings.flush();
            next = bookings.firstWaiting(id);
        }
        return promoted;
    }

    private NetworkEvent event(EventId id) {
        return events.find(id).orElseThrow(() -> new NotFound("event", id.value()));
    }

    private void refuseAccountsThatMayNotTakePart(Optional<Member> account) {
        // An email that belongs to a member account books only once that account may take part.
        account.filter(member -> !member.mayTakePart())
                .ifPresent(member -> {
                    throw new DomainException(member.status() == MemberStatus.UNVERIFIED
                            ? "Confirm your email address before you book: use the link we emailed you"
                            : "This account cannot book events");
                });
    }
}
