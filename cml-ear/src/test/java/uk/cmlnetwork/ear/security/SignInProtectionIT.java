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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        assertTrue(refused.contains("Too many attempts to sign in. Wait 1 second and try again"), refused);
    }

    /** Seven wrong passwords sent at once are counted one by one: no more than five are checked. */
    @Test
    void guessesSentAtOnceCannotRaceTheLimit() throws Exception {
        String email = "raced-" + System.nanoTime() + "@example.org";
        ExecutorService clients = Executors.newFixedThreadPool(7);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                int guess = i;
                answers.add(clients.submit(() -> new SiteSession().submit("sign-in.xhtml", "signIn", "submit",
                        Map.of("email", email, "password", "raced guess " + guess)).body()));
            }
            int checked = 0;
            int refused = 0;
            for (Future<String> answer : answers) {
                String page = answer.get();
                checked += page.contains("Enter a correct email address and password") ? 1 : 0;
                refused += page.contains("Too many attempts to sign in") ? 1 : 0;
            }
            assertEquals(5, checked, "five guesses checked");
            assertEquals(2, refused, "two made to wait");
        } finally {
            clients.shutdownNow();
        }
    }

    /** However often it is asked, the site sends an address only so many emails an hour (60 on the test server). */
    @Test
    void anAddressIsEmailedOnlySoOftenAnHour() throws Exception {
        String email = "flooded-" + System.nanoTime() + "@example.org";
        SiteSession asker = new SiteSession();
        for (int i = 0; i < 60; i++) {
            String page = asker.submit("forgot-password.xhtml", "forgot", "submit", Map.of("email", email)).body();
            assertFalse(page.contains("govuk-error-summary"), "request " + (i + 1) + ": " + page);
        }
        String refused = asker.submit("forgot-password.xhtml", "forgot", "submit", Map.of("email", email)).body();
        assertTrue(refused.contains("We have sent several emails to this address in the last hour"), refused);
        String other = asker.submit("forgot-password.xhtml", "forgot", "submit",
                Map.of("email", "someone-else-" + System.nanoTime() + "@example.org")).body();
        assertFalse(other.contains("govuk-error-summary"), "another address is not limited: " + other);
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

    /** A member changes their address: every problem at once, the new one confirmed first, the old one told. */
    @Test
    void aMemberChangesTheirEmailAddressConfirmingTheNewOneFirst() throws Exception {
        String old = "old-" + System.nanoTime() + "@example.org";
        String fresh = "new-" + System.nanoTime() + "@example.org";
        SiteSession member = AuthorisationMatrixIT.joinedWith(mail, old);
        String refused = member.submit("account/profile.xhtml", "email", "change",
                Map.of("newEmail", "not-an-address", "emailPassword", "wrong password entirely")).body();
        assertTrue(refused.contains("Enter an email address in the correct format") && refused.contains("Your password is not right"),
                refused);
        assertTrue(refused.indexOf("in the correct format") < refused.indexOf("Your password is not right"), "in the fields' order");
        String asked = member.submit("account/profile.xhtml", "email", "change",
                Map.of("newEmail", fresh, "emailPassword", AuthorisationMatrixIT.PASSWORD)).body();
        assertTrue(asked.contains("We have sent a link to " + fresh), asked);
        assertTrue(member.get("account/profile.xhtml").body().contains("We sent a link to " + fresh), "the change waits for the link");

        String token = AuthorisationMatrixIT.token(mail, fresh, "confirm-email-change.xhtml", 0);
        assertTrue(new SiteSession().get("confirm-email-change.xhtml?token=" + token).body().contains("Use this email address"),
                "opening the link changes nothing by itself");
        String changed = new SiteSession().submit("confirm-email-change.xhtml?token=" + token, "confirm", "submit",
                Map.of("token", token)).body();
        assertTrue(changed.contains("Your account's address is now " + fresh), changed);
        String told = AuthorisationMatrixIT.messageText(mail, old, "Your CML Network email address has changed");
        assertTrue(told.contains(fresh), told);
        new SiteSession().signIn(fresh, AuthorisationMatrixIT.PASSWORD);
        assertTrue(member.get("account/profile.xhtml").body().contains(fresh), "still signed in, under the new address");
    }

    /** A form sent after the session ended does not vanish silently: the sign-in page says so and leads back. */
    @Test
    void aFormSentAfterTheSessionEndedSaysSoAndLeadsBackAfterSigningIn() throws Exception {
        String body = "write%3Atitle=Lost+words&write_SUBMIT=1&jakarta.faces.ViewState=from-an-ended-session";
        HttpResponse<String> sent = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(SiteSession.SITE + "account/write-post.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, sent.statusCode());
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("sign-in.xhtml?ended=true&next=%2Faccount%2Fwrite-post.xhtml"), location);
        assertFalse(location.startsWith("http"), "a path, never built from the Host header: " + location);
        String page = new SiteSession().get(location.substring(location.indexOf("sign-in.xhtml"))).body();
        assertTrue(page.contains("what you entered was not saved") && page.contains("value=\"/account/write-post.xhtml\""), page);
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
        java.util.regex.Matcher record = java.util.regex.Pattern.compile("coordinator/member\\.xhtml\\?id=([a-f0-9-]+)").matcher(page);
        assertTrue(record.find(), page);
        String recordPage = "coordinator/member.xhtml?id=" + record.group(1);
        String noReason = coordinator.submit(recordPage, "suspend", "confirm", Map.of("reason", " ")).body();
        assertTrue(noReason.contains("Enter why you are suspending") && noReason.contains("id=\"suspend:reason-error\""), noReason);
        HttpResponse<String> suspended = coordinator.submit(recordPage, "suspend", "confirm",
                Map.of("reason", "Posted the same advert in every question"));
        assertTrue(suspended.body().contains("Suspended by a coordinator") && suspended.body().contains("Posted the same advert"),
                suspended.body());
        String told = AuthorisationMatrixIT.messageText(mail, email, "Your CML Network account is suspended");
        assertTrue(told.contains("Posted the same advert in every question"), told);

        HttpResponse<String> next = member.get("account/profile.xhtml");
        assertEquals(302, next.statusCode());
        assertTrue(next.headers().firstValue("Location").orElse("").contains("sign-in.xhtml"));
        assertTrue(SiteSession.asksToSignIn(member.get("account/profile.xhtml")), "and stays signed out");
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
