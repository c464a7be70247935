package uk.cmlnetwork.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The REST booking endpoint: the same rules as the event page, with JSON answers that say what went wrong. */
class BookingApiIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    /** The booking desk key the build's servers are given (cml-ear/pom.xml). */
    static final String DESK = "Bearer local-test-booking-desk";

    static String event;
    static final String TITLE = "API test " + System.nanoTime();
    static SiteSession coordinator;

    @BeforeAll
    static void anEventWithOnePlace() throws Exception {
        coordinator = AuthorisationMatrixIT.coordinator(mail);
        HttpResponse<String> created = coordinator.submit("coordinator/events.xhtml", "schedule", "submit", Map.of(
                "title", TITLE, "type", "WORKSHOP", "date", (Year.now().getValue() + 1) + "-05-14",
                "start", "10:00", "end", "12:00", "venue", "Hillside Community Library", "capacity", "1"));
        Matcher id = Pattern.compile("attendees.csv\\?event=([a-f0-9-]+)").matcher(created.body());
        assertTrue(id.find(), created.body());
        event = id.group(1);
    }

    @Test
    void theBookingDeskBooksAtOnceThenTheWaitingListAndARepeatIsTheSameBooking() throws Exception {
        SiteSession api = new SiteSession();
        String run = Long.toString(System.nanoTime());
        HttpResponse<String> first = api.postJson(bookings(), person("desk-a-" + run), DESK);
        assertEquals(201, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"status\":\"CONFIRMED\""), first.body());
        HttpResponse<String> again = api.postJson(bookings(), person("desk-a-" + run), DESK);
        assertEquals(bookingId(first.body()), bookingId(again.body()), "a retried request is the same booking");
        HttpResponse<String> second = api.postJson(bookings(), person("desk-b-" + run), DESK);
        assertTrue(second.body().contains("\"status\":\"WAITLISTED\"") && second.body().contains("\"waitlistPosition\":1"),
                second.body());
        String shown = api.get("api/events/" + event).body();
        assertTrue(shown.contains("\"placesLeft\":0"), shown);
    }

    @Test
    void theAttendeeListCountsWaitingPlacesAmongThoseStillWaiting() throws Exception {
        String title = "Waiting list test " + System.nanoTime();
        HttpResponse<String> created = coordinator.submit("coordinator/events.xhtml", "schedule", "submit", Map.of(
                "title", title, "type", "WORKSHOP", "date", (Year.now().getValue() + 1) + "-06-14",
                "start", "10:00", "end", "12:00", "venue", "Hillside Community Library", "capacity", "1"));
        Matcher id = Pattern.compile("attendees.csv\\?event=([a-f0-9-]+)").matcher(created.body());
        assertTrue(id.find(), created.body());
        String full = "api/events/" + id.group(1) + "/bookings";
        String run = Long.toString(System.nanoTime());
        SiteSession api = new SiteSession();
        for (String who : List.of("wait-a-", "wait-b-", "wait-c-")) {
            assertTrue(api.postJson(full, person(who + run), DESK).statusCode() < 300);
        }
        String firstEmail = "wait-a-" + run + "@example.org";
        assertTrue(new SiteSession().get(cancelLink(firstEmail)).body().contains(title), "the cancel page names the event");
        assertTrue(new SiteSession().submit(cancelLink(firstEmail), "cancel", "submit", Map.of()).body()
                .contains("your place at " + title), "and says which place was given up");

        String csv = coordinator.get("manage/attendees.csv?event=" + id.group(1)).body();
        assertTrue(csv.contains("wait-b-" + run + "@example.org,CONFIRMED,,"), "promoted: no place on the list\n" + csv);
        assertTrue(csv.contains("wait-c-" + run + "@example.org,WAITLISTED,1,"), "now first in the queue\n" + csv);
    }

    @Test
    void aGuestIsEmailedALinkAndNothingIsBookedUntilThen() throws Exception {
        String email = "api-guest-" + System.nanoTime() + "@example.org";
        HttpResponse<String> asked = new SiteSession().postJson(bookings(), "{\"name\":\"Api Guest\",\"email\":\"" + email + "\"}", null);
        assertEquals(202, asked.statusCode(), asked.body());
        assertTrue(asked.body().contains("CHECK_EMAIL"), asked.body());
        String token = AuthorisationMatrixIT.token(mail, email, "confirm-booking.xhtml", 0);
        assertTrue(token.length() > 20);
        String page = new SiteSession().get("confirm-booking.xhtml?token=" + java.net.URLEncoder.encode(token, "UTF-8")).body();
        assertTrue(page.contains(TITLE), "the page names the event before anything is confirmed");
        assertFalse(new SiteSession().get("confirm-booking.xhtml?token=made-up").body().contains(TITLE));
    }

    @Test
    void aSignedInMemberBooksAsThemselves() throws Exception {
        String email = "api-member-" + System.nanoTime() + "@example.org";
        SiteSession member = AuthorisationMatrixIT.joinedWith(mail, email);
        HttpResponse<String> booked = member.postJson(bookings(), "{}", null);
        assertEquals(201, booked.statusCode(), booked.body());
        String csv = coordinator.get("manage/attendees.csv?event=" + event).body();
        assertTrue(csv.contains(email), csv);
    }

    @Test
    void badRequestsGetAClearAnswerAndChangeNothing() throws Exception {
        SiteSession api = new SiteSession();
        HttpResponse<String> invalid = api.postJson(bookings(), "{\"name\":\"\",\"email\":\"not-an-email\"}", DESK);
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("Enter your full name") && invalid.body().contains("correct format"), invalid.body());
        HttpResponse<String> wrongKey = api.postJson(bookings(), person("wrong-key"), "Bearer guessed");
        assertEquals(401, wrongKey.statusCode(), wrongKey.body());
        HttpResponse<String> unknown = api.postJson("api/events/no-such-event/bookings", person("nobody"), DESK);
        assertEquals(404, unknown.statusCode(), unknown.body());

        // A form posted from another site cannot be JSON, so it never reaches the booking code.
        HttpResponse<String> crossSite = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(SiteSession.SITE + bookings()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("name=X&email=x%40example.org")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, crossSite.statusCode());
    }

    private static String bookings() {
        return "api/events/" + event + "/bookings";
    }

    /** The cancel address in the booking's email: cancel-booking.xhtml?booking=...&amp;code=... */
    private static String cancelLink(String email) throws Exception {
        Pattern link = Pattern.compile("(cancel-booking\\.xhtml\\?booking=[a-f0-9-]+&code=\\S+)");
        for (int attempt = 0; attempt < 50; attempt++) {
            for (jakarta.mail.internet.MimeMessage message : mail.getReceivedMessagesForDomain(email)) {
                Matcher found = link.matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(message).replace("=\r\n", ""));
                if (found.find()) {
                    return found.group(1).replace("=3D", "=");
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no cancel link reached " + email);
    }

    private static String person(String who) {
        return "{\"name\":\"Api Person\",\"email\":\"" + who + "@example.org\"}";
    }

    private static String bookingId(String json) {
        Matcher id = Pattern.compile("\"booking\":\"([^\"]+)\"").matcher(json);
        assertTrue(id.find(), json);
        return id.group(1);
    }
}
