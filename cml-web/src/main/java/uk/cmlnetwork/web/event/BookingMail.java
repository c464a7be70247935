package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.BookingReceipt;
import uk.cmlnetwork.event.EventBooking;
import uk.cmlnetwork.event.EventInterest;
import uk.cmlnetwork.event.GuestBookingRequest;
import uk.cmlnetwork.event.GuestRequestSent;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.mail.Letter;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.news.NewsKind;
import uk.cmlnetwork.shared.NetworkTime;
import uk.cmlnetwork.web.setup.Settings;

/**
 * Booking emails: a guest's confirm link, a place confirmed (with the event as an .ics file), a place
 * on the waiting list, a place come free, booking now open for those who registered interest.
 * Posted to the outbox with the change they report, and sent once it is saved.
 */
@ApplicationScoped
public class BookingMail {
    @Inject
    MailOutbox outbox;

    @Inject
    Settings settings;

    @Inject
    EventCalendar calendar;

    @Inject
    uk.cmlnetwork.member.MembershipService membership;

    @Inject
    uk.cmlnetwork.news.MemberNews news;

    @Inject
    uk.cmlnetwork.web.mail.NewsMail newsMail;

    /** A new booking's confirmation (or waiting-list email). */
    public void booked(BookingReceipt receipt) {
        Booking booking = receipt.booking();
        NetworkEvent event = receipt.event();
        Letter letter;
        if (booking.isWaitlisted()) {
            letter = letter(booking, "You are on the waiting list: " + event.title(),
                    "Hello " + booking.attendeeName() + ",\n\n" + event.title() + " on " + when(event)
                            + " is full. You are number " + booking.waitlistPosition() + " on the waiting list: "
                            + "if a place comes free it is yours, and we will email you.\n\n"
                            + cancelText(receipt), null);
        } else {
            letter = confirmed(receipt, event, "Your place: " + event.title(), "You have a place at ");
        }
        outbox.queue(letter);
    }

    public void promoted(BookingReceipt receipt) {
        outbox.queue(confirmed(receipt, receipt.event(), "A place has come free for you: " + receipt.event().title(),
                "A place came free and it is yours: you now have a place at "));
    }

    /** The event is cancelled: the attached calendar file takes it out of their calendar. */
    public void eventCancelled(Booking booking, NetworkEvent event) {
        send(booking, "Cancelled: " + event.title(), "Hello " + booking.attendeeName() + ",\n\n"
                + "We are sorry: " + event.title() + " on " + when(event) + " has been cancelled. "
                + "Your booking is cancelled too; there is nothing you need to do. The attached file takes it out of "
                + "your calendar.\n\nSee what else is coming up: " + settings.siteUrl() + "events.xhtml\n",
                calendar.cancellation(event, settings.siteUrl()));
    }

    /** The person's own booking is cancelled (by them, from the page or the emailed link). */
    public void bookingCancelled(Booking booking, NetworkEvent event) {
        send(booking, "Booking cancelled: " + event.title(), "Hello " + booking.attendeeName() + ",\n\n"
                + "Your " + (booking.isWaitlisted() ? "place on the waiting list" : "booking") + " for " + event.title()
                + " on " + when(event) + " is cancelled" + (booking.isWaitlisted() ? "" : ": the place goes to the next"
                + " person waiting") + ". The attached file takes it out of your calendar.\n\n"
                + "Changed your mind? Book again while places are left: " + settings.siteUrl() + "event.xhtml?id="
                + event.id().value() + "\n", calendar.cancellation(event, settings.siteUrl()));
    }

    /** Two days before, or on the day: when and where (a webinar's joining link), and how to give the place up. */
    public void reminder(Booking booking, NetworkEvent event, uk.cmlnetwork.event.ReminderKind kind) {
        String member = memberWhoBooked(booking);
        if (member != null && !news.wants(member, NewsKind.EVENT_REMINDERS)) {
            return;
        }
        boolean today = kind == uk.cmlnetwork.event.ReminderKind.ON_THE_DAY;
        String how = event.type().isOnline()
                ? (event.onlineLink() == null ? "It is online." : "Join online at " + event.onlineLink())
                : "Where: " + event.venue();
        send(booking, (today ? "Today: " : "Coming up: ") + event.title(), "Hello " + booking.attendeeName() + ",\n\n"
                + (today ? "A reminder: " + event.title() + " is today, " : "A reminder: you have a place at " + event.title()
                + " on ") + when(event) + ".\n\n" + how + "\n\n"
                + "If you cannot come now, please cancel so someone waiting can have your place: use the link in your"
                + " booking email, or cancel on the event's page: " + settings.siteUrl() + "event.xhtml?id="
                + event.id().value() + "\n" + choices(member), null);
    }

    /** A held event's recording or handout, for those who had a place. */
    public void materialAdded(Booking booking, NetworkEvent event, uk.cmlnetwork.resource.Resource material) {
        String member = memberWhoBooked(booking);
        if (member != null && !news.wants(member, NewsKind.EVENT_CHANGES)) {
            return;
        }
        send(booking, material.kind().label() + " from " + event.title(), "Hello " + booking.attendeeName() + ",\n\n"
                + "Thank you for booking " + event.title() + ". Its " + material.kind().label().toLowerCase(java.util.Locale.UK)
                + " is ready: " + material.title() + "\n" + material.url() + "\n\nEverything from the event is on its page: "
                + settings.siteUrl() + "event.xhtml?id=" + event.id().value() + "\n" + choices(member), null);
    }

    /** The event's time, place or joining link changed: what changed, and the calendar file to replace theirs. */
    public void eventChanged(Booking booking, NetworkEvent event, java.util.List<String> changes) {
        String member = memberWhoBooked(booking);
        if (member != null && !news.wants(member, NewsKind.EVENT_CHANGES)) {
            return;
        }
        send(booking, "Changed: " + event.title(), "Hello " + booking.attendeeName() + ",\n\n" + event.title()
                + " has changed:\n\n" + String.join("\n", changes) + "\n\n"
                + (booking.isWaitlisted() ? "You are still on the waiting list.\n\n"
                        : "Your place is kept. The attached file updates your calendar.\n\n")
                + "The event's page: " + settings.siteUrl() + "event.xhtml?id=" + event.id().value() + "\n" + choices(member),
                booking.isWaitlisted() ? null : calendar.forBooking(event, settings.siteUrl()));
    }

    /** The id of the member who booked (bookings are kept by email address), or null for a guest. */
    private String memberWhoBooked(Booking booking) {
        return membership.findByEmail(booking.email()).map(m -> m.id().value()).orElse(null);
    }

    /** For a member, where to choose which of these emails they get; a guest gets these only because they booked. */
    private String choices(String member) {
        return member == null ? "" : newsMail.footer(member);
    }

    /** A coordinator's message to everyone with a place or on the waiting list. */
    public void message(Booking booking, NetworkEvent event, String subject, String text) {
        send(booking, subject, "Hello " + booking.attendeeName() + ",\n\n" + text + "\n\n-- \nAbout " + event.title()
                + " on " + when(event) + ": " + settings.siteUrl() + "event.xhtml?id=" + event.id().value() + "\n", null);
    }

    private Letter confirmed(BookingReceipt receipt, NetworkEvent event, String subject, String opening) {
        Booking booking = receipt.booking();
        String joining = event.type().isOnline() && event.onlineLink() != null
                ? "Join online at " + event.onlineLink() + "\n\n" : "";
        String where = event.type().isOnline() ? "" : "Where: " + event.venue() + "\n\n";
        return letter(booking, subject, "Hello " + booking.attendeeName() + ",\n\n" + opening + event.title() + " on "
                + when(event) + ".\n\n" + where + joining + "The attached file adds it to your calendar.\n\n"
                + cancelText(receipt), calendar.forBooking(event, settings.siteUrl()));
    }

    private String cancelText(BookingReceipt receipt) {
        if (receipt.cancelCode() == null) {
            return "";
        }
        return "If you cannot come, please cancel so someone else can have your place:\n"
                + settings.siteUrl() + "cancel-booking.xhtml?booking=" + receipt.booking().id().value()
                + "&code=" + URLEncoder.encode(receipt.cancelCode(), StandardCharsets.UTF_8) + "\n";
    }

    private static String when(NetworkEvent event) {
        return NetworkTime.dateAndTime(event.startsAt()) + " to " + NetworkTime.time(event.endsAt());
    }

    /** A guest asked for a place: the link proves the address is theirs, and only then books. */
    public void confirmGuest(GuestRequestSent sent, NetworkEvent event) {
        GuestBookingRequest request = sent.request();
        send(request.email(), request.name(), "Confirm your place: " + event.title(), "Hello " + request.name()
                + ",\n\nYou asked for a place at " + event.title() + " on " + when(event) + ".\n\n"
                + "To confirm it, open this link within " + EventBooking.GUEST_LINK_LIFETIME.toHours() + " hours:\n"
                + settings.siteUrl() + "confirm-booking.xhtml?token="
                + URLEncoder.encode(sent.token(), StandardCharsets.UTF_8) + "\n\n"
                + "If you did not ask for this, ignore this email: nothing is booked until the link is used.\n", null);
    }

    /** Someone registered interest in an announced event, which is now open for booking. */
    public void bookingOpen(EventInterest interest, NetworkEvent event) {
        send(interest.email(), interest.name(), "Booking is open: " + event.title(), "Hello " + interest.name()
                + ",\n\nYou asked us to tell you when booking opens for " + event.title() + ". It is open now.\n\n"
                + "When: " + when(event) + "\n" + (event.type().isOnline() ? "" : "Where: " + event.venue() + "\n")
                + "\nBook a place: " + settings.siteUrl() + "event.xhtml?id=" + event.id().value() + "\n", null);
    }

    private void send(Booking booking, String subject, String text, String ics) {
        outbox.queue(letter(booking, subject, text, ics));
    }

    private static Letter letter(Booking booking, String subject, String text, String ics) {
        return new Letter("booking", booking.email(), booking.attendeeName(), subject, text, ics);
    }

    private void send(String email, String name, String subject, String text, String ics) {
        outbox.queue(new Letter("booking", email, name, subject, text, ics));
    }
}
