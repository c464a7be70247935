package uk.cmlnetwork.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Answering from the mail client: the asker replies to the email about a new answer; the site reads the
 * replies mailbox over IMAP (GreenMail here) and adds the reply's own text as their answer. A reply from
 * another address to the same reply address is refused, and its sender told why.
 */
class AnswerByEmailIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP_IMAP);

    private static MimeMessage reply(String from, String to, String subject, String text) throws Exception {
        MimeMessage reply = new MimeMessage(Session.getInstance(new Properties()));
        reply.setFrom(new InternetAddress(from));
        reply.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
        reply.setSubject("Re: " + subject);
        reply.setText(text, "UTF-8");
        reply.saveChanges();
        return reply;
    }

    @Test
    void aReplyFromTheAskerBecomesTheirAnswerAndAForgedOneIsRefused() throws Exception {
        // The replies mailbox: a mail server delivers replies+anything@example.org to it (plus addressing).
        GreenMailUser replies = mail.setUser("replies@example.org", "replies", "secret");
        String run = Long.toString(System.nanoTime());
        String askerEmail = "by-email-" + run + "@example.org";
        String title = "Do volunteers need a DBS check to run story time " + run + "?";
        try (Browser asker = new Browser(); Browser coordinator = new Browser()) {
            Accounts.signInAsCoordinator(coordinator, mail);
            Accounts.joinAndSignIn(asker, mail, "Ann Asker", askerEmail, null);
            asker.open("account/ask.xhtml");
            asker.typeQuestionTitle(title);
            asker.type("ask:body", "Our story time has parents present.");
            asker.driver.findElement(By.id("ask:submit")).click();
            asker.waitFor("h1", title);
            String questionUrl = asker.driver.getCurrentUrl();
            coordinator.open("coordinator/advice.xhtml");
            coordinator.driver.findElement(By.cssSelector("input[aria-label='Approve: " + title + "']")).click();
            coordinator.waitFor(".govuk-notification-banner", "Approved");
            coordinator.driver.get(questionUrl);
            coordinator.type("answer:text", "Not if a parent stays with each child; check your council's policy.");
            coordinator.driver.findElement(By.id("answer:submit")).click();
            coordinator.waitFor(".govuk-notification-banner", "Your answer is added");

            MimeMessage told = Mailbox.waitForMessageTo(mail, askerEmail, "A new answer to your question: " + title);
            String replyTo = ((InternetAddress) told.getReplyTo()[0]).getAddress();
            assertTrue(replyTo.matches("replies\\+[a-z0-9]+@example\\.org"), replyTo);
            assertTrue(Mailbox.text(told).contains("To answer, reply to this email"), Mailbox.text(told));

            replies.deliver(reply("mallory-" + run + "@example.org", replyTo, told.getSubject(), "Spam, spam, spam."));
            String refusal = Mailbox.text(Mailbox.waitForMessageTo(mail, "mallory-" + run + "@example.org",
                    "Your answer by email was not added", 40));
            assertTrue(refusal.contains("another address than the one the notification was sent to"), refusal);

            replies.deliver(reply(askerEmail, replyTo, told.getSubject(), "Thank you, that settles it: we will write it down.\r\n\r\n"
                    + "On Thu, 3 Dec 2026 at 10:00, CML Network <no-reply@localhost> wrote:\r\n> Network coordinator answered\r\n"));
            for (int i = 0; i < 40 && !asker.text("main").contains("that settles it"); i++) {
                Thread.sleep(1000);
                asker.driver.get(questionUrl);
            }
            String page = asker.text("main");
            assertTrue(page.contains("Thank you, that settles it: we will write it down."), page);
            assertTrue(!page.contains("Network coordinator answered") && !page.contains("Spam"), page);
            asker.assertAccessible();
            assertEquals(0, Mailbox.countTo(mail, askerEmail, "Your answer by email was not added"));
        }
    }
}
