package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.event.AgendaSession;
import uk.cmlnetwork.event.BookPlace;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.BookingConfirmations;
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
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.resource.EventMaterials;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.account.CurrentMember;

/**
 * The transaction boundary for everything the public and members do with events. Emails are posted to
 * the outbox inside the transaction, so they are kept exactly when the change they report is.
 * Drafts and proposals are shown only to those who may manage them.
 */
@ApplicationScoped
@Transactional
public class EventsFacade {
    @Inject
    EventProgramme programme;

    @Inject
    EventBooking booking;

    @Inject
    BookingConfirmations confirmations;

    @Inject
    ConferenceAgenda agenda;

    @Inject
    EventMaterials materials;

    @Inject
    BookingMail mail;

    @Inject
    CurrentMember current;

    public List<NetworkEvent> upcoming(int limit) {
        return programme.upcoming(limit);
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
     * What a signed-in member asks for when they book for themselves (their address is already
     * confirmed): to be booked through the {@link BookingQueue}, like the booking desk's.
     */
    public BookPlace placeForMe(EventId id) {
        Member member = current.get();
        return new BookPlace(find(id).id(), member.name(), member.email());
    }

    /** A booking by a trusted caller (a member's own, or the REST API's booking desk): booked at once. */
    public Booking book(BookPlace request) {
        BookingReceipt receipt = booking.book(request);
        if (receipt.cancelCode() != null) {
            mail.booked(receipt);
        }
        return receipt.booking();
    }

    /**
     * Several bookings in one transaction, one after another in this order, by the same rules as
     * {@link #book}: all are saved, or (if any is refused or fails) none is.
     */
    public List<Booking> bookAll(List<BookPlace> requests) {
        return requests.stream().map(this::book).toList();
    }

    /**
     * Bookings whose confirmation email was not sent by the time it was due: emailed from the outbox,
     * each with a new cancel link. Returns how many were emailed (cancelled bookings need none).
     */
    public int emailOverdueConfirmations(int max) {
        List<BookingReceipt> overdue = confirmations.overdue(max);
        overdue.forEach(mail::booked);
        return overdue.size();
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
        mail.booked(receipt);
        return receipt.booking();
    }

    public void registerInterest(RegisterInterest request) {
        find(request.eventId());
        programme.registerInterest(request);
    }

    public List<AgendaSession> agenda(EventId id) {
        return agenda.of(find(id).id());
    }

    public List<Resource> materials(EventId id) {
        return materials.of(find(id).id());
    }

    /** The signed-in member's live booking for this event, if they have one (to show the joining link). */
    public Optional<Booking> myBooking(EventId id) {
        if (!current.isSignedIn()) {
            return Optional.empty();
        }
        return booking.bookingsOf(current.get().email()).stream()
                .filter(b -> b.eventId().equals(id) && !b.isCancelled())
                .findFirst();
    }

    /** A member proposes a regional meetup; a coordinator approves it. */
    public NetworkEvent proposeMeetup(ScheduleEvent details) {
        if (!current.isSignedIn()) {
            throw new DomainException("Sign in to propose a meetup");
        }
        return programme.proposeMeetup(current.get(), details);
    }

    /** A signed-in member cancels one of their own bookings. */
    public void cancelOwn(BookingId id) {
        Booking own = booking.find(id);
        if (!current.isSignedIn() || !own.email().equals(current.get().email())) {
            throw new DomainException("You can only cancel your own bookings");
        }
        tellPromoted(booking.cancel(id));
    }

    /** Anyone with the emailed cancel link cancels that booking, without signing in. */
    public void cancelWithCode(BookingId id, String code) {
        tellPromoted(booking.cancelWithCode(id, code));
    }

    public Booking findBooking(BookingId id) {
        return booking.find(id);
    }

    private void tellPromoted(List<BookingReceipt> promoted) {
        promoted.forEach(mail::promoted);
    }
}
