package uk.cmlnetwork.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

        String memberEmail = "feed-" + System.nanoTime() + "@example.org";
        SiteSession member = AuthorisationMatrixIT.joinedWith(mail, memberEmail);
        String booked = member.submit("event.xhtml?id=" + id.group(1), "booking", "book", Map.of()).body();
        assertTrue(booked.contains("You have a place"), booked);
        VEvent mine = find(member.get("account/my-events.ics").body(), title).orElseThrow();
        assertEquals("https://meet.example.org/feed", prop(mine, "LOCATION"),
                "booked people get the joining link");

        String feed = new SiteSession().get("events.ics").body();
        VEvent published = find(feed, title).orElseThrow();
        assertEquals("CONFIRMED", prop(published, "STATUS"));
        assertEquals("Online", prop(published, "LOCATION"), "the public feed has no joining link");
        int bookedSequence = Integer.parseInt(prop(mine, "SEQUENCE"));

        // The time changes: the member is told what changed, with a file that replaces theirs (same UID, higher SEQUENCE).
        String saved = coordinator.submit("manage/event.xhtml?id=" + id.group(1), "details", "save", Map.of(
                "title", title, "type", "WEBINAR", "date", (Year.now().getValue() + 1) + "-02-10",
                "start", "19:30", "end", "20:30", "link", "https://meet.example.org/feed")).body();
        assertTrue(saved.contains("The event's details are saved"), saved);
        jakarta.mail.internet.MimeMessage changed = messageTo(memberEmail, "Changed: " + title);
        assertTrue(text(changed).contains("When: now") && text(changed).contains("(was "), text(changed));
        assertTrue(calendarType(changed).contains("method=PUBLISH"), calendarType(changed));
        Calendar update = new CalendarBuilder().build(new StringReader(calendarOf(changed)));
        assertEquals("PUBLISH", update.getProperty("METHOD").map(Property::getValue).orElseThrow());
        VEvent updated = update.<VEvent>getComponents("VEVENT").get(0);
        assertEquals(prop(mine, "UID"), prop(updated, "UID"));
        assertTrue(Integer.parseInt(prop(updated, "SEQUENCE")) > bookedSequence, "a higher SEQUENCE replaces the booked copy");
        int before = Integer.parseInt(prop(find(new SiteSession().get("events.ics").body(), title).orElseThrow(), "SEQUENCE"));

        String cancelled = coordinator.submit("manage/attendees.xhtml?id=" + id.group(1), "cancelEvent", "submit",
                Map.of("confirm", "true")).body();
        assertTrue(cancelled.contains("The event is cancelled"), cancelled);
        VEvent after = find(new SiteSession().get("events.ics").body(), title).orElseThrow();
        assertEquals("CANCELLED", prop(after, "STATUS"));
        assertTrue(Integer.parseInt(prop(after, "SEQUENCE")) > before);
        assertEquals("CANCELLED", prop(find(member.get("account/my-events.ics").body(), title).orElseThrow(), "STATUS"));

        String cancelledPage = new SiteSession().get("event.xhtml?id=" + id.group(1)).body();
        assertTrue(cancelledPage.contains("This event has been cancelled"), cancelledPage);
        assertFalse(cancelledPage.contains("booking:book"), "no booking offered for a cancelled event");

        // The cancellation email takes it out of their calendar: METHOD:CANCEL, the same UID.
        jakarta.mail.internet.MimeMessage told = messageTo(memberEmail, "Cancelled: " + title);
        assertTrue(calendarType(told).contains("method=CANCEL"), calendarType(told));
        Calendar cancel = new CalendarBuilder().build(new StringReader(calendarOf(told)));
        assertEquals("CANCEL", cancel.getProperty("METHOD").map(Property::getValue).orElseThrow());
        VEvent gone = cancel.<VEvent>getComponents("VEVENT").get(0);
        assertEquals(prop(mine, "UID"), prop(gone, "UID"));
        assertEquals("CANCELLED", prop(gone, "STATUS"));
        assertTrue(Integer.parseInt(prop(gone, "SEQUENCE")) > Integer.parseInt(prop(updated, "SEQUENCE")));
    }

    @Test
    void aMemberWhoCancelsGetsAConfirmationThatTakesTheEventOutOfTheirCalendar() throws Exception {
        SiteSession coordinator = AuthorisationMatrixIT.coordinator(mail);
        String title = "Cancel webinar " + System.nanoTime();
        HttpResponse<String> attendees = coordinator.submit("coordinator/events.xhtml", "schedule", "submit", Map.of(
                "title", title, "type", "WEBINAR", "date", (Year.now().getValue() + 1) + "-03-10",
                "start", "19:00", "end", "20:00", "link", "https://meet.example.org/cancel"));
        Matcher id = Pattern.compile("attendees.csv\\?event=([a-f0-9-]+)").matcher(attendees.body());
        assertTrue(id.find());
        String memberEmail = "cancel-" + System.nanoTime() + "@example.org";
        SiteSession member = AuthorisationMatrixIT.joinedWith(mail, memberEmail);
        member.submit("event.xhtml?id=" + id.group(1), "booking", "book", Map.of());
        String page = member.submit("event.xhtml?id=" + id.group(1), "mine", "cancel", Map.of()).body();
        assertTrue(page.contains("Your booking is cancelled"), page);
        jakarta.mail.internet.MimeMessage told = messageTo(memberEmail, "Booking cancelled: " + title);
        assertTrue(calendarType(told).contains("method=CANCEL"), calendarType(told));
        assertEquals("CANCEL", new CalendarBuilder().build(new StringReader(calendarOf(told))).getProperty("METHOD")
                .map(Property::getValue).orElseThrow());
        assertTrue(page.contains("Book a place"), "the booking form is back for someone no longer booked");
    }

    @Test
    void aMembersOnlyEventSaysSoToVisitorsInsteadOfAForm() throws Exception {
        SiteSession coordinator = AuthorisationMatrixIT.coordinator(mail);
        String title = "Members webinar " + System.nanoTime();
        HttpResponse<String> attendees = coordinator.submit("coordinator/events.xhtml", "schedule", "submit", Map.of(
                "title", title, "type", "WEBINAR", "date", (Year.now().getValue() + 1) + "-04-10",
                "start", "19:00", "end", "20:00", "link", "https://meet.example.org/members", "membersOnly", "on"));
        Matcher id = Pattern.compile("attendees.csv\\?event=([a-f0-9-]+)").matcher(attendees.body());
        assertTrue(id.find());
        String visitor = new SiteSession().get("event.xhtml?id=" + id.group(1)).body();
        assertTrue(visitor.contains("This event is for members of the network"), visitor);
        assertFalse(visitor.contains("booking:book"), "no form a visitor could only be refused by");
        SiteSession member = AuthorisationMatrixIT.joinedWith(mail, "members-" + System.nanoTime() + "@example.org");
        assertTrue(member.get("event.xhtml?id=" + id.group(1)).body().contains("booking:book"), "members book");
    }

    private static jakarta.mail.internet.MimeMessage messageTo(String email, String subject) throws Exception {
        for (int attempt = 0; attempt < 75; attempt++) {
            for (jakarta.mail.internet.MimeMessage m : mail.getReceivedMessagesForDomain(email)) {
                if (m.getSubject().equals(subject)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no email '" + subject + "' reached " + email);
    }

    private static jakarta.mail.BodyPart calendarPart(jakarta.mail.internet.MimeMessage message) throws Exception {
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith("text/calendar")) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no calendar file attached");
    }

    private static String calendarType(jakarta.mail.internet.MimeMessage message) throws Exception {
        return calendarPart(message).getContentType();
    }

    private static String calendarOf(jakarta.mail.internet.MimeMessage message) throws Exception {
        Object content = calendarPart(message).getContent();
        return content instanceof String text ? text
                : new String(((java.io.InputStream) content).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String text(jakarta.mail.internet.MimeMessage message) throws Exception {
        return String.valueOf(((jakarta.mail.Multipart) message.getContent()).getBodyPart(0).getContent());
    }
}
