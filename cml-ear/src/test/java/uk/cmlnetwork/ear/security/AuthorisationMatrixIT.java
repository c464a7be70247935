package uk.cmlnetwork.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page and action against anonymous visitors, members, an editor of another library, the
 * library's editor and a coordinator: allowed or refused, checked on the server.
 */
class AuthorisationMatrixIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    static final String PASSWORD = "harbour lantern violet";
    static final String ALLOWED = "allowed";
    static final String SIGN_IN = "sent to sign in";
    static final String REFUSED = "refused";

    static Map<String, SiteSession> people = new LinkedHashMap<>();
    static String library;
    static String otherLibrary;
    static String memberEmail;

    @BeforeAll
    static void signInEveryone() throws Exception {
        SiteSession anonymous = new SiteSession();
        Matcher libraries = Pattern.compile("library.xhtml\\?id=([a-f0-9-]+)").matcher(anonymous.get("libraries.xhtml").body());
        assertTrue(libraries.find());
        library = libraries.group(1);
        assertTrue(libraries.find());
        otherLibrary = libraries.group(1);

        SiteSession coordinator = coordinator(mail);

        String run = Long.toString(System.nanoTime());
        memberEmail = "member-" + run + "@example.org";
        SiteSession member = joined(memberEmail);
        SiteSession editor = joined("editor-" + run + "@example.org");
        SiteSession otherEditor = joined("other-editor-" + run + "@example.org");
        makeEditor(coordinator, library, "editor-" + run + "@example.org");
        makeEditor(coordinator, otherLibrary, "other-editor-" + run + "@example.org");
        editor.signIn("editor-" + run + "@example.org", PASSWORD);
        otherEditor.signIn("other-editor-" + run + "@example.org", PASSWORD);

        people.put("anonymous", anonymous);
        people.put("member", member);
        people.put("editor of another library", otherEditor);
        people.put("editor", editor);
        people.put("coordinator", coordinator);
    }

    /** The first coordinator (appointed by the test server's settings), with a password set through the emailed link. */
    static SiteSession coordinator(GreenMailExtension mail) throws Exception {
        SiteSession coordinator = new SiteSession();
        // Twice at most: the link the server emailed the first coordinator at start is sent late when no mail
        // server listened then, and may be the newest one here although another reset has since voided it.
        for (int attempt = 1; ; attempt++) {
            int before = mail.getReceivedMessagesForDomain("coordinator@example.org").length;
            coordinator.submit("forgot-password.xhtml", "forgot", "submit", Map.of("email", "coordinator@example.org"));
            String token = token(mail, "coordinator@example.org", "reset-password.xhtml", before);
            coordinator.submit("reset-password.xhtml?token=" + token, "reset", "submit", Map.of("password", PASSWORD, "token", token));
            try {
                coordinator.signIn("coordinator@example.org", PASSWORD);
                return coordinator;
            } catch (AssertionError voidedLink) {
                if (attempt == 2) {
                    throw voidedLink;
                }
            }
        }
    }

    static SiteSession joined(String email) throws Exception {
        return joinedWith(mail, email);
    }

    /** A new member who joined, confirmed their email and signed in. */
    static SiteSession joinedWith(GreenMailExtension mail, String email) throws Exception {
        SiteSession session = new SiteSession();
        session.submit("join.xhtml", "join", "submit", Map.of("name", "Test Person", "email", email,
                "category", "LIBRARY_TEAM", "password", PASSWORD));
        String token = token(mail, email, "confirm-email.xhtml", 0);
        session.submit("confirm-email.xhtml?token=" + token, "confirm", "submit", Map.of("token", token));
        session.signIn(email, PASSWORD);
        return session;
    }

    static void makeEditor(SiteSession by, String libraryId, String email) throws Exception {
        HttpResponse<String> done = by.submit("library.xhtml?id=" + libraryId, "editors", "add", Map.of("email", email));
        assertTrue(done.body().contains("can now edit this library"), done.body());
    }

    /**
     * The secret of the newest link to this page emailed to this address, among the address's messages after
     * the first {@code from} (GreenMail lists all messages grouped by mailbox, not in the order they came).
     */
    static String token(GreenMailExtension mail, String email, String page, int from) throws Exception {
        Pattern link = Pattern.compile(Pattern.quote(page) + "\\?token=([A-Za-z0-9_%-]+)");
        for (int attempt = 0; attempt < 50; attempt++) {
            MimeMessage[] received = mail.getReceivedMessagesForDomain(email);
            for (int i = received.length - 1; i >= from; i--) {
                Matcher found = link.matcher(GreenMailUtil.getBody(received[i]));
                if (found.find()) {
                    return java.net.URLDecoder.decode(found.group(1), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            Thread.sleep(200);
        }
        MimeMessage[] all = mail.getReceivedMessages();
        throw new AssertionError("no " + page + " email for " + email + " among " + all.length + " (from " + from
                + "), last: " + (all.length == 0 ? "" : GreenMailUtil.getBody(all[all.length - 1])));
    }

    /** The body of the newest email to this address whose subject starts so, waiting up to ten seconds. */
    static String messageText(GreenMailExtension mail, String email, String subject) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            MimeMessage[] received = mail.getReceivedMessagesForDomain(email);
            for (int i = received.length - 1; i >= 0; i--) {
                if (received[i].getSubject().startsWith(subject)) {
                    return GreenMailUtil.getBody(received[i]);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no email '" + subject + "' reached " + email);
    }

    static String outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (SiteSession.asksToSignIn(response)) {
            return SIGN_IN;
        }
        if (status == 200) {
            return ALLOWED;
        }
        if (status == 403) {
            return REFUSED;
        }
        return "status " + status;
    }

    @Test
    void everyPageForEveryKindOfVisitor() throws Exception {
        // page -> expected outcome for: anonymous, member, editor of another library, editor, coordinator
        Map<String, List<String>> matrix = new LinkedHashMap<>();
        List<String> everyone = List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED);
        List<String> members = List.of(SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED);
        List<String> coordinators = List.of(SIGN_IN, REFUSED, REFUSED, REFUSED, ALLOWED);
        for (String page : List.of("", "events.xhtml", "libraries.xhtml", "library.xhtml?id=" + library,
                "resources.xhtml", "privacy.xhtml", "accessibility.xhtml", "join.xhtml", "sign-in.xhtml", "forgot-password.xhtml", "events.ics",
                "blog.xhtml", "blog.xhtml?topic=volunteering", "feeds/posts.atom", "questions.xhtml", "api/questions", "email-choices.xhtml",
                "map.xhtml", "group.xhtml?group=GROUP_ONE", "api/libraries/places?type=community")) {
            matrix.put(page, everyone);
        }
        for (String page : List.of("account/profile.xhtml", "account/directory.xhtml", "account/my-data?format=json",
                "account/my-events.ics", "account/write-post.xhtml", "account/my-posts.xhtml",
                "account/suggest-library.xhtml", "account/suggest-library.xhtml?library=" + library,
                "manage/library-suggestions.xhtml", "account/questions.xhtml", "account/ask.xhtml", "account/experience.xhtml",
                "account/my-data?format=csv", "account/waiting.xhtml")) {
            matrix.put(page, members);
        }
        for (String page : List.of("coordinator/members.xhtml", "coordinator/members.csv", "coordinator/events.xhtml",
                "coordinator/members.csv?newsletter=yes", "coordinator/posts.xhtml", "coordinator/import-libraries.xhtml", "coordinator/groups.xhtml",
                "coordinator/add-resource.xhtml", "coordinator/newsletters.xhtml", "coordinator/advice.xhtml",
                "coordinator/backup.xhtml")) {
            matrix.put(page, coordinators);
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> row : matrix.entrySet()) {
            int column = 0;
            for (Map.Entry<String, SiteSession> who : people.entrySet()) {
                String actual = outcome(who.getValue().get(row.getKey()));
                String expected = row.getValue().get(column++);
                if (!expected.equals(actual)) {
                    wrong.add(row.getKey() + " as " + who.getKey() + ": expected " + expected + ", was " + actual);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void onlyTheLibrarysEditorsAndCoordinatorsMayChooseItsEditors() throws Exception {
        Map<String, Boolean> seesForm = new LinkedHashMap<>();
        for (Map.Entry<String, SiteSession> who : people.entrySet()) {
            seesForm.put(who.getKey(), who.getValue().get("library.xhtml?id=" + library).body().contains("id=\"editors\""));
        }
        assertEquals(Map.of("anonymous", false, "member", false, "editor of another library", false,
                "editor", true, "coordinator", true), seesForm);

        // A forged post (the form is not on their page) from the editor of another library changes nothing.
        SiteSession otherEditor = people.get("editor of another library");
        SiteSession member = people.get("member");
        otherEditor.submit("library.xhtml?id=" + library, "editors", "add", Map.of("email", memberEmail));
        assertFalse(member.get("library.xhtml?id=" + library).body().contains("id=\"editors\""),
                "an editor of one library cannot hand out another library");

        // Their own library they may hand on.
        HttpResponse<String> granted = otherEditor.submit("library.xhtml?id=" + otherLibrary, "editors", "add",
                Map.of("email", memberEmail));
        assertTrue(granted.body().contains("can now edit"), granted.body());
        assertTrue(member.get("library.xhtml?id=" + otherLibrary).body().contains("id=\"editors\""));
    }

    @Test
    void aMemberOnlyEverGetsTheirOwnData() throws Exception {
        String data = people.get("member").get("account/my-data?format=json&id=someone-else&email=coordinator@example.org").body();
        assertTrue(data.contains(memberEmail), data);
        assertFalse(data.contains("coordinator@example.org"), data);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> home = people.get("anonymous").get("");
        String policy = home.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", home.headers().firstValue("Referrer-Policy").orElse(""));
    }
}
