package uk.cmlnetwork.web.coordinator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.BookingId;
import uk.cmlnetwork.event.BookingReceipt;
import uk.cmlnetwork.event.EventBooking;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.event.ScheduleEvent;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Topics;
import uk.cmlnetwork.web.account.CurrentMember;
import uk.cmlnetwork.web.event.BookingMail;

/** Coordinators' work on events; every call checks the caller is a coordinator. Emails go out in the transaction. */
@ApplicationScoped
@Transactional
public class EventsAdminFacade {
    @Inject
    EventProgramme programme;

    @Inject
    EventBooking booking;

    @Inject
    Topics topics;

    @Inject
    BookingMail mail;

    @Inject
    CurrentMember current;

    public List<NetworkEvent> upcoming() {
        requireCoordinator();
        return programme.upcoming(500);
    }

    public List<Topic> topics() {
        return topics.all();
    }

    public NetworkEvent schedule(ScheduleEvent details) {
        requireCoordinator();
        return programme.schedule(details);
    }

    public NetworkEvent event(EventId id) {
        requireCoordinator();
        return programme.find(id);
    }

    public List<Booking> attendees(EventId id) {
        requireCoordinator();
        return booking.attendees(id);
    }

    public void markAttended(BookingId id, boolean attended) {
        requireCoordinator();
        booking.markAttended(id, attended);
    }

    public void changeCapacity(EventId id, Integer capacity) {
        requireCoordinator();
        List<BookingReceipt> promoted = booking.changeCapacity(id, capacity);
        promoted.forEach(p -> mail.promoted(p, programme.find(id)));
    }

    /** Emails everyone booked or waiting; returns how many were written to. */
    public int emailAttendees(EventId id, String subject, String text) {
        requireCoordinator();
        if (subject == null || subject.isBlank()) {
            throw InvalidInput.of("subject", "Enter a subject for the email");
        }
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("text", "Enter the message");
        }
        NetworkEvent event = programme.find(id);
        List<Booking> live = booking.attendees(id).stream().filter(b -> !b.isCancelled()).toList();
        live.forEach(b -> mail.message(b, event, subject.strip(), text.strip()));
        return live.size();
    }

    public void cancelEvent(EventId id) {
        requireCoordinator();
        List<Booking> told = booking.cancelEvent(id);
        NetworkEvent event = programme.find(id);
        told.forEach(b -> mail.eventCancelled(b, event));
    }

    private void requireCoordinator() {
        if (!current.isCoordinator()) {
            throw new MembersAdminFacade.NotAllowed();
        }
    }
}
