package uk.cmlnetwork.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An event's life through the pages: a draft nobody else sees, an announcement people register
 * interest in and are emailed about when booking opens, a conference agenda, a member's meetup
 * proposal managed by the host library's editor once approved, and a held event's recording.
 */
class EventLifecycleIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    static SiteSession coordinator;
    static final String NEXT_YEAR = String.valueOf(Year.now().getValue() + 1);

    @BeforeAll
    static void signIn() throws Exception {
        coordinator = AuthorisationMatrixIT.coordinator(mail);
    }

    @Test
    void anAnnouncedConferenceTakesInterestThenOpensWithAnAgendaAndTellsThoseInterested() throws Exception {
        String title = "Conference " + System.nanoTime();
        String id = create(Map.of("title", title, "type", "CONFERENCE", "date", NEXT_YEAR + "-10-08", "start", "09:30",
                "end", "16:30", "capacity", "150", "status", "ANNOUNCED"));
        SiteSession visitor = new SiteSession();
        String page = visitor.get("event.xhtml?id=" + id).body();
        assertTrue(page.contains("Register your interest") && page.contains("To be confirmed"), page);
        assertFalse(page.contains("id=\"booking\""), "no booking form before booking opens");
        assertTrue(visitor.get("events.xhtml").body().contains(title), "an announced event is listed");

        String email = "interested-" + System.nanoTime() + "@example.org";
        String registered = visitor.submit("event.xhtml?id=" + id, "interest", "register",
                Map.of("name", "Ivy Interested", "email", email)).body();
        assertTrue(registered.contains("We will email " + email), registered);

        // Booking cannot open until the venue is known; the coordinator adds it, then opens booking.
        String refused = coordinator.submit("manage/event.xhtml?id=" + id, "lifecycle", "publish", Map.of()).body();
        assertTrue(refused.contains("Enter the venue address"), refused);
        Map<String, String> details = new HashMap<>(Map.of("title", title, "date", NEXT_YEAR + "-10-08", "start", "09:30",
                "end", "16:30", "venue", "The Hive, Sawmill Walk, Worcester WR1 3PD"));
        String saved = coordinator.submit("manage/event.xhtml?id=" + id, "details", "save", details).body();
        assertTrue(saved.contains("The event&#39;s details are saved") || saved.contains("The event's details are saved"), saved);
        String session = coordinator.submit("manage/event.xhtml?id=" + id, "agenda", "add", Map.of("title",
                "Running a library as a charity", "start", "10:00", "end", "11:00", "speakers", "Sam Speaker")).body();
        assertTrue(session.contains("The session is in the agenda"), session);
        String outside = coordinator.submit("manage/event.xhtml?id=" + id, "agenda", "add", Map.of("title",
                "Too late", "start", "17:00", "end", "18:00")).body();
        assertTrue(outside.contains("within the conference"), outside);
        String opened = coordinator.submit("manage/event.xhtml?id=" + id, "lifecycle", "publish", Map.of()).body();
        assertTrue(opened.contains("1 person who registered interest has been emailed"), opened);

        MimeMessage told = waitForMail(email, "Booking is open: " + title);
        assertTrue(GreenMailUtil.getBody(told).contains("event.xhtml?id=" + id));
        String open = visitor.get("event.xhtml?id=" + id).body();
        assertTrue(open.contains("id=\"booking\"") && open.contains("Running a library as a charity")
                && open.contains("Sam Speaker"), open);
    }

    @Test
    void coordinatorsAddTopicsThatEventsCanThenUse() throws Exception {
        String name = "Digital inclusion " + System.nanoTime();
        String added = coordinator.submit("coordinator/events.xhtml", "topic", "add", Map.of("name", name)).body();
        assertTrue(added.contains("can now have the topic " + name), added);
        String again = coordinator.submit("coordinator/events.xhtml", "topic", "add", Map.of("name", name)).body();
        assertTrue(again.contains("There is already a topic called"), again);
        assertTrue(new SiteSession().get("events.xhtml").body().contains(name), "the topic is a filter on the events page");
    }

    @Test
    void aDraftIsSeenOnlyByCoordinators() throws Exception {
        String id = create(Map.of("title", "Draft " + System.nanoTime(), "type", "WEBINAR", "date", NEXT_YEAR + "-11-02",
                "start", "19:00", "end", "20:00", "status", "DRAFT"));
        assertEquals(404, new SiteSession().get("event.xhtml?id=" + id).statusCode());
        assertEquals(200, coordinator.get("event.xhtml?id=" + id).statusCode());
        assertEquals(404, new SiteSession().get("api/events/" + id).statusCode());
    }

    @Test
    void aProposedMeetupIsApprovedAndThenManagedByTheHostLibrarysEditor() throws Exception {
        String run = Long.toString(System.nanoTime());
        Matcher libraries = Pattern.compile("library.xhtml\\?id=([a-f0-9-]+)").matcher(new SiteSession().get("libraries.xhtml?type=community").body());
        assertTrue(libraries.find());
        String host = libraries.group(1);
        SiteSession proposer = AuthorisationMatrixIT.joinedWith(mail, "proposer-" + run + "@example.org");
        SiteSession editor = AuthorisationMatrixIT.joinedWith(mail, "host-editor-" + run + "@example.org");
        AuthorisationMatrixIT.makeEditor(coordinator, host, "host-editor-" + run + "@example.org");
        editor.signIn("host-editor-" + run + "@example.org", AuthorisationMatrixIT.PASSWORD);

        String title = "South West meetup " + run;
        Map<String, String> meetup = new HashMap<>(Map.of("title", title, "date", NEXT_YEAR + "-09-12", "start", "14:00",
                "end", "16:00", "venue", "Hillside Community Library", "capacity", "30", "region", "SOUTH_WEST"));
        String noHost = proposer.submit("account/propose-meetup.xhtml", "meetup", "submit", meetup).body();
        assertTrue(noHost.contains("Choose the member library hosting the meetup"), noHost);
        meetup.put("host", host);
        String proposed = proposer.submit("account/propose-meetup.xhtml", "meetup", "submit", meetup).body();
        assertTrue(proposed.contains("Meetup proposed"), proposed);

        String list = coordinator.get("coordinator/events.xhtml").body();
        Matcher id = Pattern.compile("manage/event.xhtml\\?id=([a-f0-9-]+)\">" + Pattern.quote(title)).matcher(list);
        assertTrue(id.find(), list);
        String event = id.group(1);
        assertEquals(404, new SiteSession().get("event.xhtml?id=" + event).statusCode(), "a proposal is not public");
        assertEquals(403, editor.get("manage/event.xhtml?id=" + event).statusCode(), "not managed before approval");

        String approved = coordinator.submit("manage/event.xhtml?id=" + event, "lifecycle", "approve", Map.of()).body();
        assertTrue(approved.contains("The meetup is approved"), approved);
        assertEquals(200, editor.get("manage/event.xhtml?id=" + event).statusCode());
        assertEquals(200, editor.get("manage/attendees.xhtml?id=" + event).statusCode());
        assertEquals(403, proposer.get("manage/event.xhtml?id=" + event).statusCode(), "proposing is not managing");
        String filtered = new SiteSession().get("events.xhtml?type=REGIONAL_MEETUP&region=SOUTH_WEST").body();
        assertTrue(filtered.contains(title), "the meetup is found by type and region");
        assertFalse(new SiteSession().get("events.xhtml?region=LONDON").body().contains(title));

        // Once held, the editor's handout shows on the meetup's page only, until a coordinator lists it.
        String lastYear = String.valueOf(Year.now().getValue() - 1);
        String moved = editor.submit("manage/event.xhtml?id=" + event, "details", "save", Map.of("title", title,
                "date", lastYear + "-09-12", "start", "14:00", "end", "16:00", "venue", "Hillside Community Library",
                "host", host, "region", "SOUTH_WEST")).body();
        assertTrue(moved.contains("details are saved"), moved);
        editor.submit("manage/event.xhtml?id=" + event, "lifecycle", "held", Map.of());
        String plain = editor.submit("manage/event.xhtml?id=" + event, "material", "attach", Map.of("kind", "HANDOUT",
                "title", "Rota of " + title, "url", "http://files.example.org/rota")).body();
        assertTrue(plain.contains("starting with https://"), "https only: " + plain);
        String added = editor.submit("manage/event.xhtml?id=" + event, "material", "attach", Map.of("kind", "HANDOUT",
                "title", "Rota of " + title, "url", "https://files.example.org/rota")).body();
        assertTrue(added.contains("A coordinator can add it to the resources page"), added);
        assertTrue(new SiteSession().get("event.xhtml?id=" + event).body().contains("Rota of " + title), "on the meetup's page");
        assertFalse(new SiteSession().get("resources.xhtml").body().contains("Rota of " + title), "not on the resources page");
        assertFalse(editor.get("manage/event.xhtml?id=" + event).body().contains("Add to the resources page"),
                "only coordinators list materials");

        String listed = coordinator.submitFirstForm("manage/event.xhtml?id=" + event, "Add to the resources page").body();
        assertTrue(listed.contains("Added to the resources page"), listed);
        assertTrue(new SiteSession().get("resources.xhtml").body().contains("Rota of " + title));

        // The meetup's editor withdraws the handout: gone from the meetup's page and the resources page.
        String withdrawn = editor.submitFirstForm("manage/event.xhtml?id=" + event, "Withdraw").body();
        assertTrue(withdrawn.contains("Withdrawn from the event's page and the resources page"), withdrawn);
        assertFalse(new SiteSession().get("event.xhtml?id=" + event).body().contains("Rota of " + title));
        assertFalse(new SiteSession().get("resources.xhtml").body().contains("Rota of " + title));
    }

    @Test
    void aHeldWebinarGetsItsRecordingOnItsPageAndInTheResources() throws Exception {
        String title = "Past webinar " + System.nanoTime();
        String lastYear = String.valueOf(Year.now().getValue() - 1);
        String id = create(Map.of("title", title, "type", "WEBINAR", "date", lastYear + "-02-03", "start", "19:00",
                "end", "20:00", "link", "https://meet.example.org/past"));
        String early = coordinator.submit("manage/event.xhtml?id=" + id, "material", "attach", Map.of()).statusCode() + "";
        assertEquals("200", early);
        coordinator.submit("manage/event.xhtml?id=" + id, "lifecycle", "held", Map.of());
        String bad = coordinator.submit("manage/event.xhtml?id=" + id, "material", "attach", Map.of("kind", "RECORDING",
                "title", "Recording", "url", "javascript:alert(1)")).body();
        assertTrue(bad.contains("starting with https://"), bad);
        String added = coordinator.submit("manage/event.xhtml?id=" + id, "material", "attach", Map.of("kind", "RECORDING",
                "title", "Recording of " + title, "url", "https://video.example.org/past")).body();
        assertTrue(added.contains("Added to the event"), added);
        String page = new SiteSession().get("event.xhtml?id=" + id).body();
        assertTrue(page.contains("Recording of " + title) && page.contains("https://video.example.org/past"), page);
        assertFalse(page.contains("https://meet.example.org/past"), "the joining link is only for those booked");
        assertTrue(new SiteSession().get("resources.xhtml").body().contains("Recording of " + title));
        assertTrue(new SiteSession().get("resources.xhtml?kind=RECORDING&q=" + java.net.URLEncoder.encode(title,
                java.nio.charset.StandardCharsets.UTF_8)).body().contains("Recording of " + title), "found by its words and kind");
        assertFalse(new SiteSession().get("resources.xhtml?kind=TEMPLATE&q=" + java.net.URLEncoder.encode(title,
                java.nio.charset.StandardCharsets.UTF_8)).body().contains("Recording of " + title), "not under another kind");
        assertTrue(new SiteSession().get("events.xhtml?when=past").body().contains(title));
    }

    @Test
    void eachConfirmationCarriesTheEventAsItIsWhenBooked() throws Exception {
        String title = "Webinar " + System.nanoTime();
        String id = create(Map.of("title", title, "type", "WEBINAR", "date", NEXT_YEAR + "-11-12", "start", "19:00",
                "end", "20:00", "link", "https://meet.example.org/first"));
        VEvent first = bookAndOpenCalendarFile(id, title, "first");
        VEvent second = bookAndOpenCalendarFile(id, title, "second");
        assertEquals("https://meet.example.org/first", value(second, "LOCATION"));
        assertEquals(value(first, "DTSTART"), value(second, "DTSTART"));

        String saved = coordinator.submit("manage/event.xhtml?id=" + id, "details", "save", Map.of("title", title,
                "date", NEXT_YEAR + "-11-12", "start", "18:30", "end", "20:00", "link", "https://meet.example.org/moved")).body();
        assertTrue(saved.contains("details are saved"), saved);
        VEvent later = bookAndOpenCalendarFile(id, title, "later");
        assertEquals("https://meet.example.org/moved", value(later, "LOCATION"), "not the file written before the change");
        assertFalse(value(first, "DTSTART").equals(value(later, "DTSTART")));
        assertTrue(Integer.parseInt(value(later, "SEQUENCE")) > Integer.parseInt(value(first, "SEQUENCE")));
    }

    private static VEvent bookAndOpenCalendarFile(String eventId, String title, String who) throws Exception {
        String email = who + "-" + System.nanoTime() + "@example.org";
        SiteSession member = AuthorisationMatrixIT.joinedWith(mail, email);
        String booked = member.submit("event.xhtml?id=" + eventId, "booking", "book", Map.of()).body();
        assertTrue(booked.contains("You have a place"), booked);
        MimeMultipart parts = (MimeMultipart) waitForMail(email, "Your place: " + title).getContent();
        String ics = new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElseThrow();
    }

    private static String create(Map<String, String> fields) throws Exception {
        HttpResponse<String> created = coordinator.submit("coordinator/events.xhtml", "schedule", "submit", fields);
        Matcher id = Pattern.compile("attendees.csv\\?event=([a-f0-9-]+)").matcher(created.body());
        assertTrue(id.find(), created.body());
        return id.group(1);
    }

    private static MimeMessage waitForMail(String email, String subject) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            for (MimeMessage m : mail.getReceivedMessagesForDomain(email)) {
                if (subject.equals(m.getSubject())) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no '" + subject + "' email for " + email);
    }
}
