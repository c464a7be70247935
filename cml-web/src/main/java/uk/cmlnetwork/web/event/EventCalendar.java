package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import uk.cmlnetwork.event.NetworkEvent;

/** Events as iCalendar (RFC 5545), written with ical4j: the .ics in booking emails. Times are UTC instants. */
@ApplicationScoped
public class EventCalendar {
    static final String PRODUCT = "-//CML Network//Events//EN";
    private static final int KEPT_BOOKING_FILES = 500;

    /**
     * The booking files written so far, by everything that goes into one. Everyone booking the same
     * version of an event gets the same file, and writing it with ical4j was about a twentieth of a
     * booking's time in the server. Its DTSTAMP is when it was first written, which RFC 5545 allows
     * (calendars go by UID and SEQUENCE, and any change to the event makes a new file).
     */
    private final Map<String, String> bookingFiles = new ConcurrentHashMap<>();

    /** One event, for someone who has a place; the joining link of a webinar goes in the description. */
    public String forBooking(NetworkEvent event, String siteUrl) {
        String key = String.join("\u0000", event.id().value(), String.valueOf(event.calendarSequence()),
                event.status().name(), event.type().name(), event.startsAt().toString(), event.endsAt().toString(),
                event.title(), String.valueOf(event.venue()), String.valueOf(event.onlineLink()),
                String.valueOf(event.description()), siteUrl);
        if (bookingFiles.size() >= KEPT_BOOKING_FILES) {
            bookingFiles.clear(); // old versions of events are not asked for again; start afresh
        }
        return bookingFiles.computeIfAbsent(key, k -> calendar(List.of(vevent(event, siteUrl, true))));
    }

    /**
     * Takes the event out of a calendar: METHOD:CANCEL, the same UID, STATUS:CANCELLED, for a cancelled
     * event or a cancelled booking.
     */
    public String cancellation(NetworkEvent event, String siteUrl) {
        VEvent vevent = vevent(event, siteUrl, false);
        vevent.remove(vevent.getProperty(net.fortuna.ical4j.model.Property.STATUS).orElseThrow());
        vevent.add(ImmutableStatus.VEVENT_CANCELLED);
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults()
                .withProperty(ImmutableMethod.CANCEL).getFluentTarget();
        calendar.add(vevent);
        return calendar.toString();
    }

    /** A feed of events; cancelled ones stay in it, marked CANCELLED, so subscribed calendars remove them. */
    public String feed(List<NetworkEvent> events, String siteUrl, boolean booked) {
        return calendar(events.stream().map(e -> vevent(e, siteUrl, booked)).toList());
    }

    private String calendar(List<VEvent> events) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults()
                .withProperty(ImmutableMethod.PUBLISH).getFluentTarget();
        events.forEach(calendar::add);
        return calendar.toString();
    }

    VEvent vevent(NetworkEvent event, String siteUrl, boolean booked) {
        VEvent vevent = new VEvent(event.startsAt(), event.endsAt(), event.title());
        vevent.add(new Uid(event.id().value() + "@cmlnetwork"));
        // Rises with every change that matters to a calendar (details, status), so calendars replace their copy.
        vevent.add(new Sequence(event.calendarSequence()));
        vevent.add(event.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        String where = event.type().isOnline()
                ? (booked && event.onlineLink() != null ? event.onlineLink() : "Online")
                : event.venue();
        vevent.add(new Location(where));
        vevent.add(new Description((event.description() == null ? "" : event.description() + "\n\n")
                + "Event page: " + siteUrl + "event.xhtml?id=" + event.id().value()));
        return vevent;
    }
}
