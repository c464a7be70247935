package uk.cmlnetwork.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Reaching the right peers and hearing as each chose: a member records their experience and email
 * choices; a question about it reaches them at once; the asker sees them among the people who may
 * know; the member changes their choices from the email's own link without signing in; answers to the
 * question they follow come in one daily email, once for the day (the tests' server sends daily emails
 * at any hour).
 */
class FollowAndHearBrowserIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static void choose(Browser browser, String kind, String frequency) {
        browser.driver.findElement(By.cssSelector("input[name='choices:" + kind + "'][value='" + frequency + "']")).click();
    }

    @Test
    void aQuestionReachesTheMemberWhoKnowsAndTheyHearOfAnswersAsTheyChose() throws Exception {
        String run = Long.toString(System.nanoTime());
        String expertEmail = "expert-" + run + "@example.org";
        String askerEmail = "asker-" + run + "@example.org";
        String title = "Who repairs the roof under a Community Asset Transfer lease " + run + "?";
        try (Browser expert = new Browser(); Browser asker = new Browser(); Browser coordinator = new Browser();
             Browser fromEmail = new Browser()) {
            Accounts.signInAsCoordinator(coordinator, mail);
            Accounts.joinAndSignIn(expert, mail, "Ed Expert", expertEmail, "Porlock");

            expert.open("account/experience.xhtml");
            expert.waitFor("h1", "Your experience");
            expert.type("experience:tags", "ok, " + "x".repeat(61));
            expert.press("experience:save");
            expert.waitFor(".govuk-error-summary", "3 to 60 characters");
            expert.assertAccessible();
            expert.assertFitsNarrowScreen();
            expert.driver.findElement(By.id("experience:tags")).clear();
            expert.type("experience:tags", "roof repairs, Summer Reading Challenge");
            expert.driver.findElement(By.cssSelector("input[name='experience:topics'][value='community-asset-transfer']")).click();
            expert.press("experience:save");
            expert.waitFor(".govuk-notification-banner", "Saved");

            expert.open("account/profile.xhtml");
            expert.driver.findElement(By.id("email-choices")).click();
            expert.waitFor("h1", "Your email choices");
            expert.assertAccessible();
            expert.assertFitsNarrowScreen();
            choose(expert, "QUESTIONS_FOR_YOU", "AT_ONCE");
            choose(expert, "FOLLOWED_ANSWERS", "DAILY");
            expert.driver.findElement(By.id("choices:save")).click();
            expert.waitFor(".govuk-notification-banner", "Your email choices are saved");

            // A new member's question reaches the expert once a coordinator lets it be shown.
            Accounts.joinAndSignIn(asker, mail, "Ann Asker", askerEmail, null);
            asker.open("account/ask.xhtml");
            asker.typeQuestionTitle(title);
            asker.type("ask:body", "Our lease is nearly agreed. Who should pay for the roof?");
            asker.driver.findElement(By.cssSelector("input[name='ask:topics'][value='community-asset-transfer']")).click();
            asker.driver.findElement(By.id("ask:submit")).click();
            asker.waitFor("h1", title);
            String questionUrl = asker.driver.getCurrentUrl();
            assertEquals(0, Mailbox.countTo(mail, expertEmail, title), "not before a coordinator approves it");
            coordinator.open("coordinator/advice.xhtml");
            coordinator.driver.findElement(By.cssSelector("input[aria-label='Approve: " + title + "']")).click();
            coordinator.waitFor(".govuk-notification-banner", "Approved");
            MimeMessage offered = Mailbox.waitForMessageTo(mail, expertEmail, "A question you may be able to answer: " + title);
            String offer = Mailbox.text(offered);
            assertTrue(offer.contains("You have experience of Community Asset Transfer."), offer);

            asker.driver.get(questionUrl);
            String mayKnow = asker.waitFor("#may-know", "Ed Expert");
            assertTrue(mayKnow.contains("Porlock") && mayKnow.contains("Have experience of Community Asset Transfer"),
                    mayKnow);
            asker.assertAccessible();
            asker.assertFitsNarrowScreen();

            // The email's own link opens the expert's choices without signing in; a forged one does not.
            Matcher link = Pattern.compile("(http\\S+/email-choices\\.xhtml\\?\\S+)").matcher(offer);
            assertTrue(link.find(), offer);
            fromEmail.driver.get(link.group(1));
            fromEmail.waitFor("h1", "Your email choices");
            assertTrue(fromEmail.driver.findElement(By.cssSelector("input[name='choices:FOLLOWED_ANSWERS'][value='DAILY']")).isSelected());
            fromEmail.assertAccessible();
            choose(fromEmail, "QUESTIONS_FOR_YOU", "WEEKLY");
            fromEmail.driver.findElement(By.id("choices:save")).click();
            fromEmail.waitFor(".govuk-notification-banner", "Your email choices are saved");
            fromEmail.driver.get(link.group(1).replaceAll("key=[^&\\s]+", "key=forged"));
            fromEmail.waitFor("#refused", "This link does not work");
            assertEquals(0, fromEmail.driver.findElements(By.id("choices:save")).size());
            expert.open("email-choices.xhtml");
            assertTrue(expert.driver.findElement(By.cssSelector("input[name='choices:QUESTIONS_FOR_YOU'][value='WEEKLY']")).isSelected());

            // The expert answers, so follows the question; the coordinator's answer reaches them in the daily email.
            expert.driver.get(questionUrl);
            expert.type("answer:text", "In ours the council kept the roof and walls; we do the inside.");
            expert.driver.findElement(By.id("answer:submit")).click();
            expert.waitFor(".govuk-notification-banner", "Your answer is added");
            assertTrue(expert.driver.findElements(By.id("questionActions:unfollow")).size() == 1, "answering follows it");
            coordinator.open("coordinator/advice.xhtml");
            coordinator.driver.findElement(By.cssSelector("input[aria-label='Approve: the answer by Ed Expert']")).click();
            coordinator.waitFor(".govuk-notification-banner", "Approved");
            Mailbox.waitForMessageTo(mail, askerEmail, "A new answer to your question: " + title);

            coordinator.driver.get(questionUrl);
            coordinator.type("answer:text", "Ask for a schedule of condition before you sign.");
            coordinator.driver.findElement(By.id("answer:submit")).click();
            coordinator.waitFor(".govuk-notification-banner", "Your answer is added");
            MimeMessage daily = Mailbox.waitForMessageTo(mail, expertEmail, "Your daily news from CML Network", 40);
            String digest = Mailbox.text(daily);
            assertTrue(digest.contains("A new answer to a question you follow: " + title) && digest.contains("schedule of condition"),
                    digest);
            assertTrue(digest.contains("email-choices.xhtml?member="), digest);

            // A second answer the same day waits for tomorrow's email.
            coordinator.driver.get(questionUrl);
            coordinator.type("answer:text", "And keep photographs of the roof as it was when you took it on.");
            coordinator.driver.findElement(By.id("answer:submit")).click();
            coordinator.waitFor(".govuk-notification-banner", "Your answer is added");
            Thread.sleep(20_000); // longer than a round of the background work
            assertEquals(1, Mailbox.countTo(mail, expertEmail, "Your daily news from CML Network"), "one daily email a day");

            // Another member follows the question from its page, and can stop.
            coordinator.driver.get(questionUrl);
            coordinator.waitFor("h1", title);
            assertEquals(1, coordinator.driver.findElements(By.id("questionActions:unfollow")).size(), "answering followed it");
            coordinator.driver.findElement(By.id("questionActions:unfollow")).click();
            coordinator.waitFor(".govuk-notification-banner", "You no longer follow this question");
            coordinator.driver.findElement(By.id("questionActions:follow")).click();
            coordinator.waitFor(".govuk-notification-banner", "You follow this question");
            coordinator.assertAccessible();
        }
    }
}
