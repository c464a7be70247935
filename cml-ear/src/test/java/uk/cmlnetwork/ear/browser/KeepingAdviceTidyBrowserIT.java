package uk.cmlnetwork.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Correcting and tidying Ask the network: an asker changes their question (a blank title first); a
 * coordinator merges a duplicate into it, closes it to new answers, hides an answer and shows it again;
 * a member cannot change what someone else wrote.
 */
class KeepingAdviceTidyBrowserIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void anAskerCorrectsTheirQuestionAndACoordinatorMergesClosesAndHides() throws Exception {
        String run = Long.toString(System.nanoTime());
        String title = "Gift Aid on library donations " + run;
        try (Browser asker = new Browser(); Browser coordinator = new Browser()) {
            Accounts.signInAsCoordinator(coordinator, mail);
            Accounts.joinAndSignIn(asker, mail, "Ann Asker", "tidy-" + run + "@example.org", null);
            asker.open("account/ask.xhtml");
            asker.typeQuestionTitle("Gift Aid on donations?");
            asker.type("ask:body", "Can we claim it?");
            asker.driver.findElement(By.id("ask:submit")).click();
            asker.waitFor("h1", "Gift Aid on donations?");
            String keptUrl = asker.driver.getCurrentUrl();
            String keptId = keptUrl.substring(keptUrl.indexOf("id=") + 3);

            asker.driver.findElement(By.id("change-question")).click();
            asker.waitFor("h1", "Change the question");
            asker.driver.findElement(By.id("change:title")).clear();
            asker.driver.findElement(By.id("change:body")).clear();
            asker.driver.findElement(By.id("change:save")).click();
            String problems = asker.waitFor(".govuk-error-summary", "Enter your question");
            assertTrue(problems.contains("Say more about your question"), "every field at once: " + problems);
            asker.assertAccessible();
            asker.assertFitsNarrowScreen();
            asker.type("change:title", title);
            asker.type("change:body", "We take *donations* at the desk. Can the trust claim Gift Aid on them?");
            asker.driver.findElement(By.id("change:save")).click();
            asker.waitFor("h1", title);
            asker.waitFor(".govuk-notification-banner", "Your changes are saved");
            assertTrue(asker.text("#asked").contains("changed"), asker.text("#asked"));
            coordinator.open("coordinator/advice.xhtml");
            coordinator.driver.findElement(By.cssSelector("input[aria-label='Approve: " + title + "']")).click();
            coordinator.waitFor(".govuk-notification-banner", "Approved");

            // The coordinator asks the same again, answers it, and merges it into the first.
            coordinator.open("account/ask.xhtml");
            coordinator.typeQuestionTitle("Claiming Gift Aid on donations " + run);
            coordinator.type("ask:body", "Does Gift Aid apply to donations at the desk?");
            coordinator.driver.findElement(By.id("ask:submit")).click();
            coordinator.waitFor("h1", "Claiming Gift Aid on donations");
            String duplicateUrl = coordinator.driver.getCurrentUrl();
            coordinator.type("answer:text", "Yes, with a declaration from each donor.");
            coordinator.driver.findElement(By.id("answer:submit")).click();
            coordinator.waitFor(".govuk-notification-banner", "Your answer is added");
            coordinator.driver.findElement(By.id("keeping:merge")).click();
            coordinator.waitFor(".govuk-error-summary", "Choose the question to keep");
            coordinator.assertAccessible();
            new Select(coordinator.driver.findElement(By.id("keeping:kept"))).selectByValue(keptId);
            coordinator.driver.findElement(By.id("keeping:merge")).click();
            coordinator.waitFor("#merged", "This question was asked before");
            assertEquals(0, coordinator.driver.findElements(By.id("answer:submit")).size(), "a merged question takes no answers");
            coordinator.assertAccessible();

            asker.driver.get(keptUrl);
            asker.waitFor("main", "Yes, with a declaration from each donor.");
            assertTrue(asker.text("main").contains("1 answer"), asker.text("main"));
            String answerId = asker.driver.findElement(By.cssSelector(".cml-answer")).getAttribute("id").substring("answer-".length());
            asker.open("account/change-advice.xhtml?id=" + answerId);
            asker.waitFor("h1", "You cannot see this page");

            coordinator.driver.get(keptUrl);
            coordinator.driver.findElement(By.cssSelector("input[aria-label='Hide: the answer by Network coordinator']")).click();
            coordinator.waitFor(".govuk-notification-banner", "Hidden from members");
            asker.driver.get(keptUrl);
            asker.waitFor("main", "0 answers");
            coordinator.driver.findElement(By.cssSelector("input[aria-label='Show again: the answer by Network coordinator']")).click();
            coordinator.waitFor(".govuk-notification-banner", "Shown to members again");

            coordinator.driver.findElement(By.id("keeping:lock")).click();
            coordinator.waitFor(".govuk-notification-banner", "closed to new answers");
            asker.driver.get(keptUrl);
            asker.waitFor("#closed", "A coordinator closed this question to new answers");
            assertEquals(0, asker.driver.findElements(By.id("answer:submit")).size());
            assertTrue(asker.text("main").contains("1 answer"), asker.text("main"));
            asker.assertAccessible();
            asker.assertFitsNarrowScreen();
            coordinator.driver.findElement(By.id("keeping:unlock")).click();
            coordinator.waitFor(".govuk-notification-banner", "takes new answers again");
            assertTrue(duplicateUrl.contains("id="));

            // The site's one search finds the question for members, marked as one; visitors find libraries, not it.
            asker.driver.findElement(By.id("nav-search")).click();
            asker.waitFor("h1", "Search");
            asker.type("q", "library donations " + run);
            asker.driver.findElement(By.id("find")).click();
            String results = asker.waitFor("#results", title);
            assertTrue(results.contains("Question"), results);
            asker.assertAccessible();
            asker.assertFitsNarrowScreen();
            asker.driver.findElement(By.linkText(title)).click();
            asker.waitFor("h1", title);
            try (Browser visitor = new Browser()) {
                visitor.open("search.xhtml?q=" + java.net.URLEncoder.encode("library donations " + run, "UTF-8"));
                visitor.waitFor("#found", "0 results");
                visitor.open("search.xhtml?q=Porlock");
                String libraries = visitor.waitFor("#results", "Porlock");
                assertTrue(libraries.contains("Library"), libraries);
                visitor.assertAccessible();
                visitor.assertFitsNarrowScreen();
            }
        }
    }
}
