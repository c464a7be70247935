package uk.cmlnetwork.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same EAR on a second Jakarta EE server: WildFly, set up by {@code .ci/wildfly} as the README's "Deploy on
 * WildFly" says (on PostgreSQL, with demo content). A smoke test of what a visitor and a member do: the home page,
 * a directory search, joining with the emailed confirmation, signing in, booking an event and cancelling by the
 * emailed link. Runs where CML_WILDFLY=true ({@code .ci/it-postgres}).
 */
class WildFlySmokeIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    static final String SITE = "http://localhost:8080/";

    @BeforeAll
    static void startWildFly() throws Exception {
        assumeTrue("true".equals(System.getenv("CML_WILDFLY")), "the WildFly smoke test runs where CML_WILDFLY=true (.ci/it-postgres)");
        assertEquals(0, script("start"), "WildFly starts with the EAR (.ci/wildfly start; its log in target/wildfly)");
    }

    @AfterAll
    static void stopWildFly() throws Exception {
        if ("true".equals(System.getenv("CML_WILDFLY"))) {
            script("stop");
        }
    }

    @Test
    void aVisitorJoinsSignsInBooksAndCancelsOnWildFly() throws Exception {
        SiteSession visitor = new SiteSession(SITE);
        HttpResponse<String> home = visitor.get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("CML Network"), "the home page");
        HttpResponse<String> found = visitor.get("libraries.xhtml?q=library");
        assertEquals(200, found.statusCode());
        assertTrue(found.body().matches("(?s).*Showing 1 to \\d+ of \\d+ libraries.*"), "the directory finds libraries");

        String run = Long.toString(System.nanoTime());
        String email = "wildfly-" + run + "@example.org";
        visitor.submit("join.xhtml", "join", "submit", Map.of("name", "Wendy Wildfly", "email", email,
                "category", "LIBRARY_TEAM", "password", AuthorisationMatrixIT.PASSWORD));
        String token = AuthorisationMatrixIT.token(mail, email, "confirm-email.xhtml", 0);
        visitor.submit("confirm-email.xhtml?token=" + token, "confirm", "submit", Map.of("token", token));
        visitor.signIn(email, AuthorisationMatrixIT.PASSWORD);

        Matcher event = Pattern.compile("\"id\":\"([a-f0-9-]+)\",\"title\":\"([^\"]+)\"").matcher(visitor.get("api/events").body());
        assertTrue(event.find(), "the demo content has events");
        HttpResponse<String> booked = visitor.submit("event.xhtml?id=" + event.group(1), "booking", "book", Map.of());
        assertEquals(200, booked.statusCode());
        String cancel = cancelLink(email);
        assertTrue(new SiteSession(SITE).get(cancel).body().contains(event.group(2)), "the cancel page names the event");
        assertTrue(new SiteSession(SITE).submit(cancel, "cancel", "submit", Map.of()).body()
                .contains("your place at " + event.group(2)), "and gives the place up");
    }

    /** The cancel address in the booking's confirmation: cancel-booking.xhtml?booking=...&amp;code=... */
    private static String cancelLink(String email) throws Exception {
        Pattern link = Pattern.compile("(cancel-booking\\.xhtml\\?booking=[a-f0-9-]+&code=\\S+)");
        for (int attempt = 0; attempt < 100; attempt++) {
            for (MimeMessage message : mail.getReceivedMessagesForDomain(email)) {
                Matcher found = link.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
                if (found.find()) {
                    return found.group(1).replace("=3D", "=");
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no booking confirmation with a cancel link reached " + email);
    }

    private static int script(String action) throws Exception {
        return new ProcessBuilder(Path.of("..", ".ci", "wildfly").toAbsolutePath().toString(), action)
                .directory(Path.of("..").toAbsolutePath().toFile()).inheritIO().start().waitFor();
    }
}
