package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.event.BookPlace;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.BookingId;
import uk.cmlnetwork.event.BookingReceipt;
import uk.cmlnetwork.event.ConferenceAgenda;
import uk.cmlnetwork.event.EventBooking;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.EventSearch;
import uk.cmlnetwork.event.GuestRequestSent;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.event.RegisterInterest;
import uk.cmlnetwork.event.ScheduleEvent;
import uk.cmlnetwork.library.LibraryDirectory;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.resource.EventMaterials;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.security.NotAllowed;

/**
 * The transaction boundary for everything the public and members do with events. Emails are posted to
 * the outbox inside the transaction, so they are kept exactly when the change they report is.
 * Drafts and proposals are shown only to those who may manage them.
 */
@ApplicationScoped
@Transactional
public class EventsFacade {
    @Inject
    uk.cmlnetwork.member.MembershipService membership;

    @Inject
    uk.cmlnetwork.web.mail.DecidersNews deciders;

    @Inject
    jakarta.enterprise.event.Event<uk.cmlnetwork.web.metrics.Counted> counted;

    @Inject
    EventProgramme programme;

    @Inject
    EventBooking booking;

    @Inject
    ConferenceAgenda agenda;

    @Inject
    EventMaterials materials;

    @Inject
    BookingMail mail;

    @Inject
    LibraryDirectory libraries;

    @Inject
    CurrentMember current;

    public List<NetworkEvent> upcoming(int limit) {
        return programme.upcoming(limit);
    }

    /** Upcoming events with the cancelled ones, for calendar feeds and the API (which say they are cancelled). */
    public List<NetworkEvent> upcomingForCalendars(int limit) {
        return programme.upcomingForCalendars(limit);
    }

    public List<NetworkEvent> search(EventSearch search, int limit) {
        return programme.search(search, limit);
    }

    /** An event the current visitor may see: public ones to anyone, others to those who manage them. */
    public NetworkEvent find(EventId id) {
        NetworkEvent event = programme.find(id);
        if (!event.isPublic() && !mayManage(event)) {
            throw new NotFound("event", id.value());
        }
        return event;
    }

    public boolean mayManage(NetworkEvent event) {
        return current.isSignedIn() && programme.mayManage(current.get(), event);
    }

    /**
     * What the event page shows, read in one transaction: the event (if this visitor may see it), its
     * agenda and materials, the visitor's own booking, whether they manage it, and its host library.
     */
    public EventView view(EventId id) {
        NetworkEvent event = find(id);
        Optional<Booking> mine = myBooking(event.id());
        return new EventView(event, agenda.of(event.id()), materials.of(event.id()), mine.orElse(null),
                mine.map(booking::placeOnWaitingList).orElse(null), mayManage(event), event.hostLibrary() == null ? null : libraries.find(event.hostLibrary()));
    }

    /**
     * The signed-in member books a place for themselves: at once (their address is confirmed), by the
     * same rules as everyone (the core service refuses events that are not open to them).
     */
    public Booking bookMyPlace(EventId id) {
        Member member = current.get();
        return book(new BookPlace(id, member.name(), member.email()));
    }

    /** A booking by a trusted caller (the REST API's booking desk): booked at once. */
    public Booking book(BookPlace request) {
        BookingReceipt receipt = booking.book(request);
        counted.fire(uk.cmlnetwork.web.metrics.Counted.BOOKING);
        if (receipt.cancelCode() != null) {
            mail.booked(receipt);
        }
        return receipt.booking();
    }

    /** A guest asks for a place: they are emailed a link, and only following it books. */
    public void requestAsGuest(BookPlace request) {
        NetworkEvent event = find(request.eventId());
        GuestRequestSent sent = booking.requestAsGuest(request);
        mail.confirmGuest(sent, event);
    }

    /** The guest followed the link. */
    public Booking confirmGuest(String token) {
        BookingReceipt receipt = booking.confirmGuest(token);
        counted.fire(uk.cmlnetwork.web.metrics.Counted.BOOKING);
        mail.booked(receipt);
        return receipt.booking();
    }

    public void registerInterest(RegisterInterest request) {
        find(request.eventId());
        programme.registerInterest(request);
    }

    /** The signed-in member's live booking for this event, if they have one (to show the joining link). */
    private Optional<Booking> myBooking(EventId id) {
        if (!current.isSignedIn()) {
            return Optional.empty();
        }
        return booking.bookingsOf(current.get().email()).stream()
                .filter(b -> b.eventId().equals(id) && !b.isCancelled())
                .findFirst();
    }

    /**
     * The events the signed-in member has (or had) a place at, for their own calendar feed: cancelled
     * ones stay, marked so. Waiting-list places are left out.
     */
    public List<NetworkEvent> myBookedEvents() {
        Member me = current.get();
        if (me == null) {
            throw new NotAllowed();
        }
        return bookedEventsOf(me);
    }

    /**
     * The booked events of the member whose secret calendar address this is, for their calendar app
     * (which does not sign in); empty for an unknown or renewed address.
     */
    public Optional<List<NetworkEvent>> bookedEventsByCalendarKey(String key) {
        return membership.byCalendarKey(key).map(this::bookedEventsOf);
    }

    /** The signed-in member's place at this event, as a calendar entry: only if they have one. */
    public Optional<NetworkEvent> myPlaceAt(EventId id) {
        return myBooking(id).filter(b -> !b.isWaitlisted()).map(b -> programme.find(id));
    }

    private List<NetworkEvent> bookedEventsOf(Member me) {
        return booking.bookingsOf(me.email()).stream()
                .filter(b -> !b.isWaitlisted())
                .map(b -> programme.find(b.eventId()))
                .distinct()
                .toList();
    }

    /** A member proposes a regional meetup; a coordinator approves it. */
    public NetworkEvent proposeMeetup(ScheduleEvent details) {
        if (!current.isSignedIn()) {
            throw new DomainException("Sign in to propose a meetup");
        }
        NetworkEvent meetup = programme.proposeMeetup(current.get(), details);
        deciders.meetupProposed(meetup);
        return meetup;
    }

    /** A signed-in member cancels one of their own bookings. */
    public void cancelOwn(BookingId id) {
        Booking own = booking.find(id);
        if (!current.isSignedIn() || !own.email().equals(current.get().email())) {
            throw new DomainException("You can only cancel your own bookings");
        }
        tellPromoted(booking.cancel(id));
        tellCancelled(id);
    }

    /** The person whose booking was cancelled gets a confirmation, with a calendar cancellation. */
    private void tellCancelled(BookingId id) {
        Booking cancelled = booking.find(id);
        mail.bookingCancelled(cancelled, find(cancelled.eventId()));
    }

    /** Anyone with the emailed cancel link cancels that booking, without signing in. */
    /** Where a waiting booking is in the queue now (1: next), or null if it has a place. */
    public Integer placeOnWaitingList(Booking waiting) {
        return booking.placeOnWaitingList(waiting);
    }

    /** The event a cancel link is about (null for a wrong link), to name on its page. */
    public NetworkEvent eventOfCancelLink(BookingId id, String code) {
        return booking.eventOfCancelLink(id, code).orElse(null);
    }

    /** The event a guest's link asks a place at (null for a wrong, used or old link), to name on its page. */
    public NetworkEvent eventOfGuestLink(String token) {
        return booking.eventOfGuestLink(token).orElse(null);
    }

    public void cancelWithCode(BookingId id, String code) {
        tellPromoted(booking.cancelWithCode(id, code));
        tellCancelled(id);
    }

    public Booking findBooking(BookingId id) {
        return booking.find(id);
    }

    private void tellPromoted(List<BookingReceipt> promoted) {
        promoted.forEach(mail::promoted);
    }
}
