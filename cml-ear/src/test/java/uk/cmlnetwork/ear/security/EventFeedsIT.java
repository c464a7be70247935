package uk.cmlnetwork.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The iCalendar feeds: all events for anyone, a member's own bookings; a cancelled event stays, marked CANCELLED. */
class EventFeedsIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    static Optional<VEvent> find(String ics, String title) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getSummary().getValue().equals(title)).findFirst();
    }

    static String prop(VEvent event, String name) {
        return event.<Property>getProperty(name).map(Property::getValue).orElseThrow();
    }

    @Test
    void feedsCarryBookedEventsAndCancellationsWithAHigherSequence() throws Exception {
        SiteSession coordinator = AuthorisationMatrixIT.coordinator(mail);
        String title = "Feed webinar " + System.nanoTime();
        HttpResponse<String> attendees = coordinator.submit("coordinator/events.xhtml", "schedule", "submit", Map.of(
                "title", title, "type", "WEBINAR", "date", (Year.now().getValue() + 1) + "-02-10",
                "start", "19:00", "end", "20:00", "link", "https://meet.example.org/feed"));
        assertTrue(attendees.body().contains(title), attendees.body());
        Matcher id = Pattern.compile("attendees.csv\\?event=([a-f0-9-]+)").matcher(attendees.body());
        assertTrue(id.find());

        SiteSession member = AuthorisationMatrixIT.joinedWith(mail, "feed-" + System.nanoTime() + "@example.org");
        String booked = member.submit("event.xhtml?id=" + id.group(1), "booking", "book", Map.of()).body();
        assertTrue(booked.contains("You have a place"), booked);
        VEvent mine = find(member.get("account/my-events.ics").body(), title).orElseThrow();
        assertEquals("https://meet.example.org/feed", prop(mine, "LOCATION"),
                "booked people get the joining link");

        String feed = new SiteSession().get("events.ics").body();
        VEvent published = find(feed, title).orElseThrow();
        assertEquals("CONFIRMED", prop(published, "STATUS"));
        assertEquals("Online", prop(published, "LOCATION"), "the public feed has no joining link");
        int before = Integer.parseInt(prop(published, "SEQUENCE"));

        String cancelled = coordinator.submit("manage/attendees.xhtml?id=" + id.group(1), "cancelEvent", "submit",
                Map.of("confirm", "true")).body();
        assertTrue(cancelled.contains("The event is cancelled"), cancelled);
        VEvent after = find(new SiteSession().get("events.ics").body(), title).orElseThrow();
        assertEquals("CANCELLED", prop(after, "STATUS"));
        assertTrue(Integer.parseInt(prop(after, "SEQUENCE")) > before);
        assertEquals("CANCELLED", prop(find(member.get("account/my-events.ics").body(), title).orElseThrow(), "STATUS"));
    }
}
