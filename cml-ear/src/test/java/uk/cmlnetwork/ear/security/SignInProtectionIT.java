package uk.cmlnetwork.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Guessing passwords is throttled, forged posts save nothing, and a suspension takes effect at once. */
class SignInProtectionIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Test
    void repeatedFailedSignInsAreRefusedWithAClearMessage() throws Exception {
        String email = "guessed-" + System.nanoTime() + "@example.org";
        SiteSession guesser = new SiteSession();
        for (int i = 0; i < 5; i++) {
            String page = guesser.submit("sign-in.xhtml", "signIn", "submit",
                    Map.of("email", email, "password", "wrong guess " + i)).body();
            assertTrue(page.contains("Enter a correct email address and password"), page);
        }
        String refused = guesser.submit("sign-in.xhtml", "signIn", "submit",
                Map.of("email", email, "password", "another guess")).body();
        assertTrue(refused.contains("Too many failed attempts to sign in. Wait 15 minutes"), refused);
    }

    @Test
    void aCrossSitePostWithoutTheFormsViewStateSavesNothing() throws Exception {
        String email = "forged-" + System.nanoTime() + "@example.org";
        String body = "join%3Aname=Forged&join%3Aemail=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&join%3Acategory=SUPPORTER&join%3Apassword=harbour+lantern+violet&join%3Asubmit=Join&join_SUBMIT=1"
                + "&jakarta.faces.ViewState=forged";
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create(SiteSession.SITE + "join.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.body().contains("The form had expired"), response.body());
        // Had the account been made, joining again with the same email would email its owner instead of a
        // confirmation link.
        String again = new SiteSession().submit("join.xhtml", "join", "submit", Map.of("name", "Real Person",
                "email", email, "category", "SUPPORTER", "password", "harbour lantern violet")).body();
        assertTrue(again.contains("Check your email"), again);
        assertTrue(AuthorisationMatrixIT.token(mail, email, "confirm-email.xhtml", 0).length() > 20);
    }

    /** Joining with an address already in use is answered as for a new one; its owner is told by email. */
    @Test
    void joiningWithAMembersAddressDoesNotSaySoButEmailsTheOwner() throws Exception {
        String email = "taken-" + System.nanoTime() + "@example.org";
        AuthorisationMatrixIT.joinedWith(mail, email);
        int before = mail.getReceivedMessagesForDomain(email).length;
        String again = new SiteSession().submit("join.xhtml", "join", "submit", Map.of("name", "Someone Else",
                "email", email, "category", "SUPPORTER", "password", "another long passphrase")).body();
        assertFalse(again.contains("already"), again);
        assertTrue(again.contains("Check your email"), again);
        for (int attempt = 0; attempt < 50 && mail.getReceivedMessagesForDomain(email).length == before; attempt++) {
            Thread.sleep(200);
        }
        jakarta.mail.internet.MimeMessage[] received = mail.getReceivedMessagesForDomain(email);
        assertEquals(before + 1, received.length, "the owner is emailed");
        assertEquals("You are already a member of CML Network", received[before].getSubject());
    }

    @Test
    void aSuspendedMemberIsSignedOutOnTheirNextRequest() throws Exception {
        String email = "suspended-" + System.nanoTime() + "@example.org";
        SiteSession member = AuthorisationMatrixIT.joinedWith(mail, email);
        assertEquals(200, member.get("account/profile.xhtml").statusCode());

        SiteSession coordinator = AuthorisationMatrixIT.coordinator(mail);
        String page = coordinator.get("coordinator/members.xhtml?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8)).body();
        assertTrue(page.contains(email), page);
        HttpResponse<String> suspended = coordinator.submitFirstForm("coordinator/members.xhtml?q="
                + URLEncoder.encode(email, StandardCharsets.UTF_8), "Suspend");
        assertTrue(suspended.body().contains("Suspended by a coordinator"), suspended.body());

        HttpResponse<String> next = member.get("account/profile.xhtml");
        assertEquals(302, next.statusCode());
        assertTrue(next.headers().firstValue("Location").orElse("").contains("sign-in.xhtml"));
        assertEquals(302, member.get("account/profile.xhtml").statusCode(), "and stays signed out");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> page = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(SiteSession.SITE + "sign-in.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString());
        String session = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.contains("SameSite=Lax"), session);
    }
}
