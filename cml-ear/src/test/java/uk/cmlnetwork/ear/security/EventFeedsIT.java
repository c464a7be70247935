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
        String id = scheduleWebinar(coordinator, title, "03-10", "https://meet.example.org/cancel");
        String memberEmail = "cancel-" + System.nanoTime() + "@example.org";
        SiteSession member = AuthorisationMatrixIT.joinedWith(mail, memberEmail);
        member.submit("event.xhtml?id=" + id, "booking", "book", Map.of());
        String page = member.submit("event.xhtml?id=" + id, "mine", "cancel", Map.of()).body();
        assertTrue(page.contains("Your booking is cancelled"), page);
        jakarta.mail.internet.MimeMessage told = messageTo(memberEmail, "Booking cancelled: " + title);
        assertTrue(calendarType(told).contains("method=CANCEL"), calendarType(told));
        assertEquals("CANCEL", new CalendarBuilder().build(new StringReader(calendarOf(told))).getProperty("METHOD")
                .map(Property::getValue).orElseThrow());
        assertTrue(page.contains("Book a place"), "the booking form is back for someone no longer booked");
    }

    @Test
    void aMembersOwnCalendarAddressWorksWithoutSigningInUntilTheyMakeANewOne() throws Exception {
        SiteSession coordinator = AuthorisationMatrixIT.coordinator(mail);
        String title = "Calendar webinar " + System.nanoTime();
        String id = scheduleWebinar(coordinator, title, "05-10", "https://meet.example.org/calendar");
        SiteSession member = AuthorisationMatrixIT.joinedWith(mail, "calendar-" + System.nanoTime() + "@example.org");
        member.submit("event.xhtml?id=" + id, "booking", "book", Map.of());

        // From the event's page: this one event, with its joining link; nobody else's place.
        assertTrue(member.get("event.xhtml?id=" + id).body().contains("account/my-events.ics?event=" + id));
        VEvent one = find(member.get("account/my-events.ics?event=" + id).body(), title).orElseThrow();
        assertEquals("https://meet.example.org/calendar", prop(one, "LOCATION"));
        SiteSession other = AuthorisationMatrixIT.joinedWith(mail, "no-place-" + System.nanoTime() + "@example.org");
        assertEquals(404, other.get("account/my-events.ics?event=" + id).statusCode());

        // A calendar app subscribes without signing in; a new address retires the old one.
        String profile = member.submit("account/profile.xhtml", "calendarAddress", "renew", Map.of()).body();
        assertTrue(profile.contains("Your calendar address is ready"), profile);
        Matcher address = Pattern.compile("/(calendar/[A-Za-z0-9_-]{40,}\\.ics)").matcher(profile);
        assertTrue(address.find(), profile);
        HttpResponse<String> subscribed = new SiteSession().get(address.group(1));
        assertEquals(200, subscribed.statusCode());
        assertEquals("https://meet.example.org/calendar", prop(find(subscribed.body(), title).orElseThrow(), "LOCATION"));
        String renewed = member.submit("account/profile.xhtml", "calendarAddress", "renew", Map.of()).body();
        assertTrue(renewed.contains("the old one no longer works"), renewed);
        assertEquals(404, new SiteSession().get(address.group(1)).statusCode());
        assertEquals(404, new SiteSession().get("calendar/not-a-real-key.ics").statusCode());
    }

    @Test
    void aMemberWhoChoseNoChangeEmailsIsNotToldOfAChangeButOthersAre() throws Exception {
        SiteSession coordinator = AuthorisationMatrixIT.coordinator(mail);
        String title = "Quiet webinar " + System.nanoTime();
        String id = scheduleWebinar(coordinator, title, "06-10", "https://meet.example.org/quiet");
        String toldEmail = "told-" + System.nanoTime() + "@example.org";
        String quietEmail = "quiet-" + System.nanoTime() + "@example.org";
        SiteSession told = AuthorisationMatrixIT.joinedWith(mail, toldEmail);
        SiteSession quiet = AuthorisationMatrixIT.joinedWith(mail, quietEmail);
        told.submit("event.xhtml?id=" + id, "booking", "book", Map.of());
        quiet.submit("event.xhtml?id=" + id, "booking", "book", Map.of());

        // Every problem on the email choices page at once: one kind unanswered, a reminder in a weekly email.
        Map<String, String> choices = new java.util.HashMap<>(Map.of("QUESTIONS_FOR_YOU", "DAILY", "FOLLOWED_ANSWERS", "AT_ONCE",
                "ABOUT_YOUR_POSTS", "AT_ONCE", "WAITING_FOR_YOU", "DAILY", "EVENT_REMINDERS", "WEEKLY", "GROUP_NEWS", "NEVER"));
        String refused = quiet.submit("email-choices.xhtml", "choices", "save", choices).body();
        assertTrue(refused.contains("Choose how often you hear of changes to events you booked")
                && refused.contains("for reminders of events you booked"), refused);
        assertTrue(refused.contains("govuk-error-summary") && refused.contains("href=\"#EVENT_REMINDERS-AT_ONCE\""), refused);
        choices.put("EVENT_REMINDERS", "AT_ONCE");
        choices.put("EVENT_CHANGES", "NEVER");
        assertTrue(quiet.submit("email-choices.xhtml", "choices", "save", choices).body().contains("Your email choices are saved"));

        String saved = coordinator.submit("manage/event.xhtml?id=" + id, "details", "save", Map.of(
                "title", title, "type", "WEBINAR", "date", (Year.now().getValue() + 1) + "-06-10",
                "start", "18:30", "end", "19:30", "link", "https://meet.example.org/quiet")).body();
        assertTrue(saved.contains("The event's details are saved"), saved);
        jakarta.mail.internet.MimeMessage change = messageTo(toldEmail, "Changed: " + title);
        assertTrue(text(change).contains("email-choices.xhtml?member="), "a member can choose not to get these: " + text(change));
        Thread.sleep(1000);
        assertTrue(java.util.Arrays.stream(mail.getReceivedMessagesForDomain(quietEmail)).noneMatch(m -> {
            try {
                return m.getSubject().startsWith("Changed: ");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }), "the member who chose not to hear of changes is not emailed");
    }

    @Test
    void aMembersOnlyEventSaysSoToVisitorsInsteadOfAForm() throws Exception {
        SiteSession coordinator = AuthorisationMatrixIT.coordinator(mail);
        String title = "Members webinar " + System.nanoTime();
        String id = scheduleWebinar(coordinator, title, "04-10", "https://meet.example.org/members", "membersOnly", "on");
        String visitor = new SiteSession().get("event.xhtml?id=" + id).body();
        assertTrue(visitor.contains("This event is for members of the network"), visitor);
        assertFalse(visitor.contains("booking:book"), "no form a visitor could only be refused by");
        SiteSession member = AuthorisationMatrixIT.joinedWith(mail, "members-" + System.nanoTime() + "@example.org");
        assertTrue(member.get("event.xhtml?id=" + id).body().contains("booking:book"), "members book");
    }

    /** A coordinator schedules a webinar open for booking; returns its id. */
    private static String scheduleWebinar(SiteSession coordinator, String title, String monthDay, String link,
                                          String... more) throws Exception {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("title", title, "type", "WEBINAR",
                "date", (Year.now().getValue() + 1) + "-" + monthDay, "start", "19:00", "end", "20:00", "link", link));
        for (int i = 0; i < more.length; i += 2) {
            fields.put(more[i], more[i + 1]);
        }
        HttpResponse<String> attendees = coordinator.submit("coordinator/events.xhtml", "schedule", "submit", fields);
        assertTrue(attendees.body().contains(title), attendees.body());
        Matcher id = Pattern.compile("attendees.csv\\?event=([a-f0-9-]+)").matcher(attendees.body());
        assertTrue(id.find());
        return id.group(1);
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
