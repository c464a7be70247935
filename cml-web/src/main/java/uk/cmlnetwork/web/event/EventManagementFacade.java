package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.event.AddSession;
import uk.cmlnetwork.event.AgendaSession;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.BookingId;
import uk.cmlnetwork.event.BookingReceipt;
import uk.cmlnetwork.event.ConferenceAgenda;
import uk.cmlnetwork.event.EventBooking;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.EventInterest;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.news.NewsKind;
import uk.cmlnetwork.event.ScheduleEvent;
import uk.cmlnetwork.resource.EventMaterials;
import uk.cmlnetwork.resource.PublishResource;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceId;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.security.NotAllowed;

/**
 * Managing one event: coordinators manage every event, a library's editors the meetups their library
 * hosts. Every call checks that on the server. Emails go out inside the transaction.
 */
@ApplicationScoped
@Transactional
public class EventManagementFacade {
    @Inject
    uk.cmlnetwork.web.mail.NewsMail news;

    @Inject
    uk.cmlnetwork.web.setup.Settings settings;

    @Inject
    EventProgramme programme;

    @Inject
    EventBooking booking;

    @Inject
    ConferenceAgenda agenda;

    @Inject
    EventMaterials materials;

    @Inject
    uk.cmlnetwork.resource.ResourceLibrary resourceLibrary;

    @Inject
    BookingMail mail;

    @Inject
    CurrentMember current;

    public NetworkEvent event(EventId id) {
        return requireManager(id);
    }

    /** Each waiting booking's place in the queue, by the core's one rule (see EventBooking). */
    public java.util.Map<uk.cmlnetwork.event.BookingId, Integer> placesOnWaitingList(EventId id) {
        requireManager(id);
        return booking.placesOnWaitingList(id);
    }

    public List<Booking> attendees(EventId id) {
        requireManager(id);
        return booking.attendees(id);
    }

    public void markAttended(BookingId id, boolean attended) {
        requireManager(booking.find(id).eventId());
        booking.markAttended(id, attended);
    }

    public void changeCapacity(EventId id, Integer capacity) {
        requireManager(id);
        List<BookingReceipt> promoted = booking.changeCapacity(id, capacity);
        promoted.forEach(mail::promoted);
    }

    /** Emails everyone booked or waiting; returns how many were written to. */
    public int emailAttendees(EventId id, String subject, String text) {
        NetworkEvent event = requireManager(id);
        if (subject == null || subject.isBlank()) {
            throw InvalidInput.of("subject", "Enter a subject for the email");
        }
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("text", "Enter the message");
        }
        List<Booking> live = booking.attendees(id).stream().filter(b -> !b.isCancelled()).toList();
        live.forEach(b -> mail.message(b, event, subject.strip(), text.strip()));
        return live.size();
    }

    public void cancelEvent(EventId id) {
        requireManager(id);
        List<Booking> told = booking.cancelEvent(id);
        NetworkEvent event = programme.find(id);
        told.forEach(b -> mail.eventCancelled(b, event));
    }

    /** New details; when the time, place or joining link changed, everyone booked or waiting is told, with a new calendar file. */
    public NetworkEvent change(EventId id, ScheduleEvent details) {
        requireManager(id);
        uk.cmlnetwork.event.ChangedEvent changed = programme.change(id, details);
        if (changed.mattersToAttendees() && changed.event().isPublished()) {
            booking.attendees(id).stream().filter(b -> !b.isCancelled())
                    .forEach(b -> mail.eventChanged(b, changed.event(), changed.forAttendees()));
        }
        return changed.event();
    }

    public void announce(EventId id) {
        requireCoordinator();
        programme.announce(id);
    }

    /** Opens booking; everyone who registered interest is emailed. Returns how many. */
    public int publish(EventId id) {
        requireCoordinator();
        List<EventInterest> told = programme.publish(id);
        NetworkEvent event = programme.find(id);
        told.forEach(i -> mail.bookingOpen(i, event));
        return told.size();
    }

    public void approve(EventId id) {
        requireDecider(id);
        NetworkEvent meetup = programme.approve(id);
        news.tell(meetup.proposedBy(), NewsKind.ABOUT_YOUR_POSTS, "Your meetup is approved: " + meetup.title(),
                "The meetup you proposed, " + meetup.title() + ", is approved and open for booking: "
                        + settings.siteUrl() + "event.xhtml?id=" + meetup.id().value() + "\n\nThe host library's editors"
                        + " manage it from now on: its details, its places and its bookings.\n");
    }

    public void decline(EventId id) {
        requireDecider(id);
        NetworkEvent meetup = programme.decline(id);
        news.tell(meetup.proposedBy(), NewsKind.ABOUT_YOUR_POSTS, "Your meetup proposal was not approved: " + meetup.title(),
                "The meetup you proposed, " + meetup.title() + ", was not approved by the network's coordinators."
                        + " You can propose another date or place at any time: " + settings.siteUrl()
                        + "account/propose-meetup.xhtml\n");
    }

    /** Whether the signed-in member approves or declines this proposed meetup (a coordinator, or its group's). */
    public boolean mayDecide(EventId id) {
        return current.isSignedIn() && programme.mayDecide(current.get(), programme.find(id));
    }

    public void markHeld(EventId id) {
        requireManager(id);
        programme.markHeld(id);
    }

    public long interestCount(EventId id) {
        requireManager(id);
        return programme.interestCount(id);
    }

    public List<AgendaSession> agenda(EventId id) {
        requireManager(id);
        return agenda.of(id);
    }

    public void addSession(EventId id, AddSession session) {
        requireManager(id);
        agenda.add(id, session);
    }

    public void removeSession(String sessionId) {
        requireManager(agenda.find(sessionId).eventId());
        agenda.remove(sessionId);
    }

    public List<Resource> materials(EventId id) {
        requireManager(id);
        return materials.of(id);
    }

    /** Returns whether the material is on the resources page too (a coordinator's is; an editor's waits). */
    public boolean attach(EventId id, PublishResource material) {
        NetworkEvent event = requireManager(id);
        Resource added = materials.attach(id, material, current.get());
        booking.withAPlace(id).forEach(b -> mail.materialAdded(b, event, added));
        return added.isListed();
    }

    /** A coordinator adds one of the event's materials to the resources page. */
    public void listMaterial(EventId id, ResourceId material) {
        requireManager(id);
        if (materials.of(id).stream().noneMatch(m -> m.id().equals(material))) {
            throw new NotFound("resource", material.value());
        }
        materials.list(material, current.get());
    }

    /** Whoever manages the event withdraws one of its recordings or handouts: gone from its page and the resources page. */
    public void withdrawMaterial(EventId id, ResourceId material) {
        requireManager(id);
        if (materials.of(id).stream().noneMatch(m -> m.id().equals(material))) {
            throw new NotFound("resource", material.value());
        }
        resourceLibrary.withdraw(material);
    }

    public boolean isCoordinator() {
        return current.isCoordinator();
    }

    private NetworkEvent requireManager(EventId id) {
        NetworkEvent event = programme.find(id);
        if (!current.isSignedIn() || !programme.mayManage(current.get(), event)) {
            throw new NotAllowed();
        }
        return event;
    }

    private void requireDecider(EventId id) {
        if (!mayDecide(id)) {
            throw new NotAllowed();
        }
    }

    private void requireCoordinator() {
        if (!current.isCoordinator()) {
            throw new NotAllowed();
        }
    }
}
