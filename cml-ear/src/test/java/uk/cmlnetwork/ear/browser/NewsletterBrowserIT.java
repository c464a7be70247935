package uk.cmlnetwork.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Two people sign up (double opt-in), a coordinator drafts, previews, tests and sends an issue,
 * each gets one copy with the unsubscribe headers, one leaves from the page (twice) and one with a
 * mail client's one-click post; the issue is in the public archive.
 */
class NewsletterBrowserIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static void signUpAndConfirm(Browser browser, String email) throws Exception {
        browser.open("newsletter.xhtml");
        browser.type("signup:email", email);
        browser.driver.findElement(By.id("signup:submit")).click();
        browser.waitFor("#check-email", "Check your email");
        browser.driver.get(Mailbox.linkSentTo(mail, email, "newsletter-confirm.xhtml"));
        browser.assertAccessible();
        browser.driver.findElement(By.id("confirm:submit")).click();
        browser.waitFor(".govuk-panel__title", "You will get the newsletter");
    }

    private static String htmlPart(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        return String.valueOf(parts.getBodyPart(1).getContent());
    }

    @Test
    void signUpDraftPreviewTestSendAndUnsubscribe() throws Exception {
        String run = String.valueOf(System.nanoTime());
        String reader = "reader-" + run + "@example.org";
        String other = "other-" + run + "@example.org";
        String intro = "Hello from the network " + run + ".";

        try (Browser visitor = new Browser()) {
            visitor.open("newsletter.xhtml");
            visitor.assertAccessible();
            visitor.type("signup:email", "not-an-address");
            visitor.driver.findElement(By.id("signup:submit")).click();
            visitor.waitFor(".govuk-error-summary", "Enter an email address in the right format");
            visitor.assertAccessible();
            signUpAndConfirm(visitor, reader);
            signUpAndConfirm(visitor, other);
        }

        try (Browser coordinator = new Browser()) {
            Accounts.signInAsCoordinator(coordinator, mail);
            coordinator.open("coordinator/newsletters.xhtml");
            coordinator.assertAccessible();
            coordinator.driver.findElement(By.id("draft:next")).click();
            coordinator.waitFor("h1", "CML Network newsletter:");
            coordinator.assertAccessible();
            coordinator.type("issue:title", "");
            coordinator.driver.findElement(By.id("issue:save")).click();
            coordinator.waitFor(".govuk-error-summary", "Enter a title for the issue");
            coordinator.type("issue:title", "Network news " + run);
            coordinator.type("issue:intro", intro + "\n\nSecond paragraph <b>not bold</b>.");
            coordinator.driver.findElement(By.id("issue:save")).click();
            coordinator.waitFor(".govuk-notification-banner", "Saved");
            assertTrue(coordinator.text("#issue").contains(intro), "the preview shows the intro");
            assertTrue(coordinator.text("#issue").contains("<b>not bold</b>"), "shown as typed, not as HTML");
            coordinator.driver.findElement(By.id("issue:test")).click();
            coordinator.waitFor(".govuk-notification-banner", "A test copy is on its way to coordinator@example.org");
            MimeMessage test = Mailbox.waitForMessageTo(mail, "coordinator@example.org", "[Test] Network news " + run);
            assertTrue(Mailbox.text(test).contains(intro));

            coordinator.driver.findElement(By.id("issue:send")).click();
            coordinator.waitFor(".govuk-notification-banner", "Sending to");
            coordinator.assertAccessible();
            for (int attempt = 0; attempt < 60 && !coordinator.text("#waiting").equals("0"); attempt++) {
                Thread.sleep(500);
                coordinator.driver.findElement(By.id("refresh")).click();
            }
            assertEquals("0", coordinator.text("#waiting"));
            assertEquals("0", coordinator.text("#failed"));
            coordinator.open("coordinator/newsletters.xhtml");
            assertTrue(coordinator.text("#issues").contains("Network news " + run));
            assertTrue(coordinator.text("#issues").contains("Sent"), coordinator.text("#issues"));
        }

        MimeMessage copy = Mailbox.waitForMessageTo(mail, reader, "Network news " + run);
        assertEquals(1, java.util.Arrays.stream(mail.getReceivedMessagesForDomain(reader))
                .filter(m -> { try { return m.getSubject().equals("Network news " + run); } catch (Exception e) { return false; } })
                .count(), "one copy each");
        String listUnsubscribe = copy.getHeader("List-Unsubscribe", null);
        assertTrue(listUnsubscribe.matches("<http\\S+/newsletter/unsubscribe\\?token=\\S+>"), listUnsubscribe);
        assertEquals("List-Unsubscribe=One-Click", copy.getHeader("List-Unsubscribe-Post", null));
        assertTrue(htmlPart(copy).contains("&lt;b&gt;not bold&lt;/b&gt;"), "escaped in the HTML email");
        Matcher link = Pattern.compile("(http\\S+/unsubscribe\\.xhtml\\?token=\\S+)").matcher(Mailbox.text(copy));
        assertTrue(link.find(), Mailbox.text(copy));

        try (Browser leaver = new Browser()) {
            leaver.driver.get(link.group(1));
            leaver.assertAccessible();
            leaver.driver.findElement(By.id("unsubscribe:submit")).click();
            leaver.waitFor("#unsubscribed", "You are unsubscribed");
            leaver.driver.get(link.group(1));
            leaver.driver.findElement(By.id("unsubscribe:submit")).click();
            leaver.waitFor("#unsubscribed", "You were already unsubscribed");
            leaver.open("unsubscribe.xhtml?token=forged-" + run);
            leaver.driver.findElement(By.id("unsubscribe:submit")).click();
            leaver.waitFor(".govuk-error-summary", "This unsubscribe link is not one we sent");

            leaver.open("newsletter.xhtml");
            leaver.driver.findElement(By.linkText("Network news " + run)).click();
            leaver.waitFor("#issue", intro);
            leaver.assertAccessible();
        }

        MimeMessage otherCopy = Mailbox.waitForMessageTo(mail, other, "Network news " + run);
        String oneClick = otherCopy.getHeader("List-Unsubscribe", null).replaceAll("^<|>$", "");
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(oneClick))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode(), posted.body());
        HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(URI.create(oneClick.replaceAll("token=.*", "token=forged")))
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, forged.statusCode());

    }
}
