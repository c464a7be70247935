package uk.cmlnetwork.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the security review of the running site found (issue 26), each proved over HTTP. */
class SecurityReviewIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    /** A cell a spreadsheet would run as a formula. */
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/x\",\"Open\")";

    /** Every CSV download writes a cell that starts like a formula as text (a leading apostrophe). */
    @Test
    void noCsvDownloadCarriesAFormula() throws Exception {
        String email = "formula-" + System.nanoTime() + "@example.org";
        SiteSession member = new SiteSession();
        member.submit("join.xhtml", "join", "submit", Map.of("name", FORMULA, "email", email,
                "category", "LIBRARY_TEAM", "password", AuthorisationMatrixIT.PASSWORD));
        String token = AuthorisationMatrixIT.token(mail, email, "confirm-email.xhtml", 0);
        member.submit("confirm-email.xhtml?token=" + token, "confirm", "submit", Map.of("token", token));
        member.signIn(email, AuthorisationMatrixIT.PASSWORD);

        SiteSession coordinator = AuthorisationMatrixIT.coordinator(mail);
        HttpResponse<String> created = coordinator.submit("coordinator/events.xhtml", "schedule", "submit", Map.of(
                "title", "CSV test " + System.nanoTime(), "type", "WORKSHOP", "date", (Year.now().getValue() + 1) + "-05-15",
                "start", "10:00", "end", "12:00", "venue", "Hillside Community Library", "capacity", "5"));
        Matcher id = Pattern.compile("attendees.csv\\?event=([a-f0-9-]+)").matcher(created.body());
        assertTrue(id.find(), created.body());
        assertEquals(201, member.postJson("api/events/" + id.group(1) + "/bookings", "{}", null).statusCode());

        assertNeutralised(coordinator.get("manage/attendees.csv?event=" + id.group(1)).body());
        assertNeutralised(coordinator.get("coordinator/members.csv").body());
        assertNeutralised(member.get("account/my-data?format=csv").body());

        // The directory's export: a coordinator writes a formula into a community library's services.
        String library = firstLibrary("libraries.xhtml?type=community");
        Map<String, String> profile = formValues(coordinator.get("manage/library-profile.xhtml?id=" + library).body(), "profile");
        profile.put("services", "@SUM(1+1) " + FORMULA);
        HttpResponse<String> saved = coordinator.submit("manage/library-profile.xhtml?id=" + library, "profile", "save", profile);
        assertFalse(saved.body().contains("govuk-error-summary"), saved.body());
        String export = new SiteSession().get("api/libraries/export.csv?q="
                + URLEncoder.encode(profile.get("name"), StandardCharsets.UTF_8)).body();
        assertTrue(export.contains("\"'@SUM(1+1) =HYPERLINK"), export);
        assertFalse(export.contains(",\"@SUM") || export.contains(",@SUM"), export);
    }

    private static void assertNeutralised(String csv) {
        assertTrue(csv.contains("'=HYPERLINK"), csv);
        assertFalse(csv.contains(",\"=HYPERLINK") || csv.contains(",=HYPERLINK") || csv.startsWith("=")
                || csv.contains("\n\"=HYPERLINK") || csv.contains("\n=HYPERLINK"), csv);
    }

    /** A post whose title carries an invisible control character is published, and the Atom feed stays well. */
    @Test
    void aControlCharacterInAPostNeverReachesTheFeed() throws Exception {
        String email = "bell-" + System.nanoTime() + "@example.org";
        SiteSession writer = AuthorisationMatrixIT.joinedWith(mail, email);
        String title = "Ring the bell " + System.nanoTime();
        HttpResponse<String> written = writer.submit("account/write-post.xhtml", "post", "submit", Map.of(
                "title", title.replace("bell", "bell\u0007"), "byline", "Bel, volunteer", "topics", "volunteering",
                "body", "We rang it.\u001b"));
        assertFalse(written.body().contains("govuk-error-summary"), written.body());
        SiteSession coordinator = AuthorisationMatrixIT.coordinator(mail);
        Matcher review = Pattern.compile("review-post.xhtml\\?id=([a-f0-9-]+)\">" + Pattern.quote(title))
                .matcher(coordinator.get("coordinator/posts.xhtml").body());
        assertTrue(review.find(), "the post waits for review, its title without the bell");
        coordinator.submit("coordinator/review-post.xhtml?id=" + review.group(1), "review", "approve", Map.of());

        HttpResponse<String> feed = new SiteSession().get("feeds/posts.atom");
        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(feed.body().contains(title), feed.body());
        assertTrue(feed.body().chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'));
    }

    /** A malformed request to the API gets a 4xx JSON problem naming nothing internal; no header value is logged. */
    @Test
    void malformedApiRequestsAnswerAClearProblemAndLogNoSecret() throws Exception {
        String event = firstEvent();
        SiteSession api = new SiteSession();
        for (String body : new String[] {"[1,2]", "{\"name\":", "\"text\"", "42"}) {
            HttpResponse<String> answer = api.postJson("api/events/" + event + "/bookings", body, BookingApiIT.DESK);
            assertEquals(400, answer.statusCode(), body + " -> " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(answer.body().startsWith("{\"message\":"), answer.body());
            assertFalse(answer.body().contains("uk.cmlnetwork") || answer.body().contains("java.")
                    || answer.body().contains("Bearer") || answer.body().contains("RESTEASY"), answer.body());
        }
        assertEquals(404, api.get("api/no-such-thing").statusCode());
        assertTrue(api.get("api/no-such-thing").body().startsWith("{\"message\":"));
        Path logs = Path.of("target/liberty/wlp/usr/servers/" + System.getProperty("cml.it.server", "cml-it") + "/logs");
        if (Files.isDirectory(logs)) {
            try (Stream<Path> files = Files.walk(logs)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("local-test-booking-desk"),
                            "the booking desk key is in " + file);
                }
            }
        }
    }

    /** The server's own error page named its classes; the site's page is shown instead. */
    @Test
    void aMalformedAddressGetsTheSitesOwnPage() throws Exception {
        HttpResponse<String> page = new SiteSession().get("account/%2e/profile.xhtml");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("Sorry, we could not read that address"), page.body());
        assertFalse(page.body().contains("Exception") || page.body().contains("com.ibm"), page.body());
    }

    /** A GET carrying a form's view state changes nothing: state changes by POST only. */
    @Test
    void aFormSentByGetIsRefused() throws Exception {
        String email = "get-form-" + System.nanoTime() + "@example.org";
        SiteSession member = AuthorisationMatrixIT.joinedWith(mail, email);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(member.get("account/profile.xhtml").body());
        assertTrue(state.find());
        HttpResponse<String> sent = member.get("account/profile.xhtml?profile=profile&profile%3Aname=Changed+By+Get"
                + "&profile%3Asave=x&profile_SUBMIT=1&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
        assertEquals(400, sent.statusCode());
        assertFalse(member.get("account/profile.xhtml").body().contains("Changed By Get"));
    }

    /** An account whose email is not confirmed sees nobody in the member directory, nor on a library's page. */
    @Test
    void anUnconfirmedAccountCannotReadTheMemberDirectory() throws Exception {
        String email = "unconfirmed-" + System.nanoTime() + "@example.org";
        SiteSession unconfirmed = new SiteSession();
        unconfirmed.submit("join.xhtml", "join", "submit", Map.of("name", "Not Yet", "email", email,
                "category", "SUPPORTER", "password", AuthorisationMatrixIT.PASSWORD));
        unconfirmed.signIn(email, AuthorisationMatrixIT.PASSWORD);
        String page = unconfirmed.get("account/directory.xhtml").body();
        assertTrue(page.contains("Confirm your email address to see the member directory"), page);
        assertTrue(page.contains("0 members listed"), page);
    }

    /** Changing the password ends the member's other sessions; the one that changed it goes on. */
    @Test
    void changingThePasswordSignsOutEveryOtherSession() throws Exception {
        String email = "two-browsers-" + System.nanoTime() + "@example.org";
        SiteSession here = AuthorisationMatrixIT.joinedWith(mail, email);
        SiteSession elsewhere = new SiteSession();
        elsewhere.signIn(email, AuthorisationMatrixIT.PASSWORD);
        assertEquals(200, elsewhere.get("account/profile.xhtml").statusCode());

        HttpResponse<String> changed = here.submit("account/profile.xhtml", "password", "change",
                Map.of("current", AuthorisationMatrixIT.PASSWORD, "new", "quiet harbour evening lamp"));
        assertTrue(changed.body().contains("Your password has been changed"), changed.body());
        assertEquals(200, here.get("account/profile.xhtml").statusCode(), "the session that changed it stays");
        HttpResponse<String> other = elsewhere.get("account/profile.xhtml");
        assertEquals(302, other.statusCode(), "the other session is signed out");
        assertTrue(other.headers().firstValue("Location").orElse("").contains("sign-in.xhtml"));
    }

    /** Private pages and downloads, and every page shown to a signed-in member, are not kept by the browser. */
    @Test
    void privatePagesAreNotKeptByTheBrowser() throws Exception {
        SiteSession coordinator = AuthorisationMatrixIT.coordinator(mail);
        for (String page : new String[] {"account/profile.xhtml", "coordinator/members.xhtml", "coordinator/members.csv",
                "manage/library-suggestions.xhtml", "libraries.xhtml", "events.xhtml"}) {
            HttpResponse<String> response = coordinator.get(page);
            assertEquals(200, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Cache-Control").orElse("").startsWith("no-store"), page);
        }
        HttpResponse<String> visitor = new SiteSession().get("libraries.xhtml");
        assertFalse(visitor.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                "public pages for visitors may be kept");
    }

    /**
     * A client's Host header never becomes an address the site sends it to: a page that needs signing in
     * shows the sign-in form in its place, other redirects are paths, and no cookie scripts could read
     * remembers the page asked for.
     */
    @Test
    void noRedirectIsBuiltFromTheHostHeader() throws Exception {
        String answer = rawGet("/account/profile.xhtml", "evil.example");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains("<form id=\"signIn\""), "the sign-in form in place of the page");
        assertFalse(answer.contains("evil.example"), answer);
        assertFalse(answer.contains("WASReqURL"), "no cookie scripts could read remembers the page: " + answer);

        // Signing in from that form goes on to the page asked for, by its path.
        String email = "next-" + System.nanoTime() + "@example.org";
        AuthorisationMatrixIT.joinedWith(mail, email);
        SiteSession member = new SiteSession();
        HttpResponse<String> asked = member.get("account/directory.xhtml");
        assertTrue(SiteSession.asksToSignIn(asked), asked.body());
        HttpResponse<String> signedIn = member.submitShown(asked, "sign-in.xhtml", "signIn", "submit",
                Map.of("email", email, "password", AuthorisationMatrixIT.PASSWORD));
        assertEquals("/account/directory.xhtml", signedIn.uri().getPath(), "back to the page asked for");
        assertTrue(signedIn.body().contains("Member directory"), signedIn.body());
    }

    /** A GET with the given Host header, through a plain socket (Java's HTTP client will not send another Host). */
    private static String rawGet(String path, String host) throws Exception {
        URI site = URI.create(SiteSession.SITE);
        try (Socket socket = new Socket(site.getHost(), site.getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String firstLibrary(String search) throws Exception {
        Matcher library = Pattern.compile("library.xhtml\\?id=([a-f0-9-]+)").matcher(new SiteSession().get(search).body());
        assertTrue(library.find());
        return library.group(1);
    }

    private static String firstEvent() throws Exception {
        Matcher event = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(new SiteSession().get("api/events").body());
        assertTrue(event.find(), "an event to book");
        return event.group(1);
    }

    /** The text fields of a Faces form as the page shows them (input values and text areas), by field id. */
    private static Map<String, String> formValues(String html, String form) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input ([^>]*)>").matcher(html);
        while (input.find()) {
            Matcher id = Pattern.compile("id=\"" + form + ":(\\w+)\"").matcher(input.group(1));
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group(1));
            boolean typed = input.group(1).contains("type=\"text\"") || input.group(1).contains("type=\"email\"");
            if (id.find() && typed && value.find()) {
                values.put(id.group(1), unescape(value.group(1)));
            }
        }
        Matcher area = Pattern.compile("<textarea id=\"" + form + ":(\\w+)\"[^>]*>([^<]*)</textarea>").matcher(html);
        while (area.find()) {
            values.put(area.group(1), unescape(area.group(2)));
        }
        return values;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
