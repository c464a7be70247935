package uk.cmlnetwork.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Ask the network: a member asks (a wrong form first), another answers, the asker is emailed, says it
 * helped and marks it the solution, and the next member who asks something similar is offered it.
 */
class AdviceBrowserIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static HttpResponse<String> anonymousGet(String path) throws Exception {
        // HTTP/1.1: the client's default asks the server to upgrade to HTTP/2, which Liberty can leave unanswered.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build()
                .send(HttpRequest.newBuilder(URI.create(Browser.SITE + path)).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aMemberAsksAnotherAnswersAndTheAnswerSolvesIt() throws Exception {
        String run = Long.toString(System.nanoTime());
        String askerEmail = "asker-" + run + "@example.org";
        String answererEmail = "answerer-" + run + "@example.org";
        String title = "How did you insure a library building " + run + "?";
        try (Browser asker = new Browser(); Browser answerer = new Browser(); Browser coordinator = new Browser()) {
            Accounts.signInAsCoordinator(coordinator, mail);
            Accounts.joinAndSignIn(asker, mail, "Ann Asker", askerEmail, null);
            asker.open("account/questions.xhtml");
            asker.waitFor("h1", "Ask the network");
            asker.assertAccessible();
            asker.driver.findElement(By.id("ask")).click();
            asker.waitFor("h1", "Ask a question");
            asker.driver.findElement(By.id("ask:submit")).click();
            String problems = asker.waitFor(".govuk-error-summary", "Enter your question");
            assertTrue(problems.contains("Say more about your question"), problems);
            asker.assertAccessible();
            asker.assertFitsNarrowScreen();

            asker.typeQuestionTitle(title);
            asker.driver.findElement(By.id("ask:similar")).click();
            asker.waitFor("#similar-questions", "");
            asker.type("ask:body", "Our council is handing us the building. Which *insurance* did you need?");
            asker.driver.findElement(By.cssSelector("input[name='ask:topics'][value='community-asset-transfer']")).click();
            asker.driver.findElement(By.id("ask:submit")).click();
            asker.waitFor("h1", title);
            assertTrue(asker.text("#question-body").contains("insurance"), asker.text("#question-body"));
            assertTrue(asker.text("#visibility").contains("Waiting for a coordinator"), "a new member's first post waits");
            asker.assertAccessible();
            asker.assertFitsNarrowScreen();
            String questionUrl = asker.driver.getCurrentUrl();

            coordinator.open("coordinator/advice.xhtml");
            coordinator.waitFor("main", title);
            coordinator.assertAccessible();
            coordinator.driver.findElement(By.cssSelector("input[aria-label='Approve: " + title + "']")).click();
            coordinator.waitFor(".govuk-notification-banner", "Approved");
            Mailbox.waitForMessageTo(mail, askerEmail, "Your question is shown to members: " + title);

            Accounts.joinAndSignIn(answerer, mail, "Bob Answerer", answererEmail, null);
            answerer.open("account/questions.xhtml?list=UNANSWERED");
            answerer.driver.findElement(By.linkText(title)).click();
            answerer.waitFor("h1", title);
            answerer.driver.findElement(By.id("answer:submit")).click();
            answerer.waitFor(".govuk-error-summary", "Write your answer");
            answerer.assertAccessible();
            answerer.type("answer:text", "We used a broker who knows **charities**; buildings cover came to £900 a year.");
            answerer.driver.findElement(By.id("answer:submit")).click();
            answerer.waitFor(".govuk-notification-banner", "waits for a coordinator");
            answerer.assertAccessible();
            coordinator.open("coordinator/advice.xhtml");
            coordinator.driver.findElement(By.cssSelector("input[aria-label='Approve: the answer by Bob Answerer']")).click();
            coordinator.waitFor(".govuk-notification-banner", "Approved");

            MimeMessage told = Mailbox.waitForMessageTo(mail, askerEmail, "A new answer to your question: " + title);
            assertTrue(Mailbox.text(told).contains("broker who knows"), Mailbox.text(told));

            asker.driver.get(questionUrl);
            asker.waitFor("main", "1 answer");
            asker.driver.findElement(By.cssSelector("input[value='This helped']")).click();
            asker.waitFor(".govuk-notification-banner", "the answer shows that it helped");
            asker.driver.findElement(By.cssSelector("input[value='Mark as the solution']")).click();
            asker.waitFor("#solution", "broker who knows");
            assertTrue(asker.text("#asked").contains("Solved"), asker.text("#asked"));
            assertTrue(asker.text("main").contains("helped 1 member"), asker.text("main"));
            asker.assertAccessible();
            asker.assertFitsNarrowScreen();
            Mailbox.waitForMessageTo(mail, answererEmail, "Your answer solved a question: " + title);

            // A coordinator makes the solved question a resource; each links to the other.
            coordinator.driver.get(questionUrl);
            coordinator.driver.findElement(By.id("keeping:resource")).click();
            coordinator.waitFor(".govuk-notification-banner", "It is on the resources page now");
            coordinator.driver.findElement(By.cssSelector("#as-resource a")).click();
            coordinator.waitFor("#resource-list", "From the network: " + title);
            coordinator.driver.findElement(By.linkText("From the network: " + title)).click();
            coordinator.waitFor("h1", title);

            // Only members see it, until the asker makes the solved question public.
            String questionId = questionUrl.substring(questionUrl.indexOf("id=") + 3);
            assertEquals(404, anonymousGet("question.xhtml?id=" + questionId).statusCode());
            assertEquals(404, anonymousGet("api/questions/" + questionId).statusCode());
            asker.driver.findElement(By.id("publish:submit")).click();
            asker.waitFor("#public", "Anyone can read this question");
            asker.assertAccessible();
            HttpResponse<String> api = anonymousGet("api/questions/" + questionId);
            assertEquals(200, api.statusCode(), api.body());
            assertTrue(api.body().contains("\"answeredBy\":\"A member of the network\"")
                    && api.body().contains("broker who knows"), "the answerer is not in the member directory: " + api.body());
            assertTrue(anonymousGet("api/questions").body().contains(questionId));
            // The asker's download of their data holds their question.
            String data = asker.download("account/my-data?format=json");
            assertTrue(data.contains("\"askTheNetwork\"") && data.contains(title), data);
            asker.open("question.xhtml?id=" + questionId);
            asker.waitFor("#solution", "broker who knows");
            asker.assertAccessible();
            asker.assertFitsNarrowScreen();

            answerer.open("account/ask.xhtml");
            answerer.typeQuestionTitle("What insurance does a community library building need?");
            String live = answerer.waitFor("#similar-live", title); // shown while typing, by the page's script
            assertTrue(live.contains("Solved"), live);
            answerer.assertAccessible();
            answerer.driver.findElement(By.id("ask:similar")).click();
            String similar = answerer.waitFor("#similar-questions", title);
            assertTrue(similar.contains("Solved"), similar);
            answerer.assertAccessible();
            answerer.open("account/questions.xhtml?list=SOLVED&topic=community-asset-transfer");
            assertEquals(1, answerer.driver.findElements(By.linkText(title)).size());
            answerer.assertFitsNarrowScreen();
        }
    }
}
