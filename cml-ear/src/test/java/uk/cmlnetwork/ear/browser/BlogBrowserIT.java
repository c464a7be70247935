package uk.cmlnetwork.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A member writes a post, a coordinator asks for changes then publishes it, and it shows on the
 * blog, its library's page and in the Atom feeds (read back with Rome); an edit sends it back to review.
 */
class BlogBrowserIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private final HttpClient http = HttpClient.newHttpClient();
    private Browser writer;
    private Browser coordinator;

    @BeforeEach
    void start() throws Exception {
        writer = new Browser();
        coordinator = new Browser();
    }

    @AfterEach
    void stop() {
        writer.close();
        coordinator.close();
    }

    private HttpResponse<String> get(String page) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Browser.SITE + page)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> feedTitles(String page) throws Exception {
        HttpResponse<String> feed = get(page);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        SyndFeed parsed = new SyndFeedInput().build(new StringReader(feed.body()));
        assertEquals("atom_1.0", parsed.getFeedType());
        return parsed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    @Test
    void writeReviewPublishAndReadItInTheFeed() throws Exception {
        String email = "writer-" + System.nanoTime() + "@example.org";
        String title = "How we found 40 volunteers " + System.nanoTime();
        String libraryId = Accounts.joinAndSignIn(writer, mail, "Wendy Writer", email, "Porlock");

        writer.open("blog.xhtml");
        writer.assertAccessible();
        writer.driver.findElement(By.id("write")).click();
        writer.waitFor("h1", "Write a post");
        writer.driver.findElement(By.id("post:byline")).clear();
        writer.driver.findElement(By.id("post:submit")).click();
        writer.waitFor(".govuk-error-summary", "Enter a title");
        assertTrue(writer.text(".govuk-error-summary").contains("how you want to be named"), writer.text(".govuk-error-summary"));
        writer.assertAccessible();
        writer.type("post:title", title);
        writer.type("post:byline", "Wendy, volunteer coordinator at Porlock");
        new Select(writer.driver.findElement(By.id("post:library"))).selectByValue(libraryId);
        writer.driver.findElement(By.cssSelector("input[name='post:topics'][value='volunteering']")).click();
        writer.type("post:body", "We *asked* at the school gate.\n\n<script>document.title='owned'</script>\n\n"
                + "[Click me](javascript:alert(1)) and <img src=x onerror=alert(1)>");
        writer.driver.findElement(By.id("post:submit")).click();
        writer.waitFor(".govuk-notification-banner", "Sent for review");
        assertTrue(writer.text("#my-posts").contains("Waiting for review"), writer.text("#my-posts"));
        assertTrue(writer.text("#my-posts").matches("(?s).*\\d{1,2} [A-Z][a-z]+ \\d{4}.*"), "shows when it was last changed: " + writer.text("#my-posts"));
        writer.assertAccessible();

        Accounts.signInAsCoordinator(coordinator, mail);
        coordinator.open("coordinator/posts.xhtml");
        coordinator.assertAccessible();
        coordinator.driver.findElement(By.linkText(title)).click();
        coordinator.waitFor("h1", title);
        coordinator.assertAccessible();
        coordinator.driver.findElement(By.id("review:changes")).click();
        coordinator.waitFor(".govuk-error-summary", "Say what the writer should change");
        coordinator.type("review:comment", "Say how you trained them");
        coordinator.driver.findElement(By.id("review:changes")).click();
        coordinator.waitFor(".govuk-notification-banner", "Sent back to the writer");
        assertTrue(Mailbox.text(Mailbox.waitForMessageTo(mail, email, "Changes asked")).contains("Say how you trained them"));

        writer.open("account/my-posts.xhtml");
        assertTrue(writer.text("#my-posts").contains("Changes asked for"), writer.text("#my-posts"));
        writer.driver.findElement(By.linkText(title)).click();
        writer.driver.findElement(By.id("edit")).click();
        writer.waitFor("#review-comment", "Say how you trained them");
        writer.assertAccessible();
        writer.type("post:body", writer.driver.findElement(By.id("post:body")).getAttribute("value")
                + "\n\nThen we **trained** them in pairs.");
        writer.driver.findElement(By.id("post:submit")).click();
        writer.waitFor(".govuk-notification-banner", "Sent for review");

        coordinator.open("coordinator/posts.xhtml");
        coordinator.driver.findElement(By.linkText(title)).click();
        coordinator.driver.findElement(By.id("review:approve")).click();
        coordinator.waitFor(".govuk-notification-banner", "Published");
        assertTrue(Mailbox.text(Mailbox.waitForMessageTo(mail, email, "Your post is published")).contains("post.xhtml?id="));

        Browser visitor = new Browser();
        try {
            visitor.open("blog.xhtml?topic=volunteering");
            visitor.driver.findElement(By.linkText(title)).click();
            visitor.waitFor("h1", title);
            WebElement body = visitor.driver.findElement(By.id("post-body"));
            assertEquals(1, body.findElements(By.tagName("em")).size());
            assertEquals(1, body.findElements(By.tagName("strong")).size());
            assertTrue(body.findElements(By.tagName("script")).isEmpty());
            assertTrue(body.findElements(By.tagName("img")).isEmpty());
            for (WebElement link : body.findElements(By.tagName("a"))) {
                assertFalse(String.valueOf(link.getAttribute("href")).toLowerCase().startsWith("javascript"), link.getAttribute("href"));
            }
            assertFalse(visitor.driver.getTitle().contains("owned"), "the script did not run");
            assertTrue(visitor.text("#byline").contains("Wendy, volunteer coordinator at Porlock"), visitor.text("#byline"));
            assertEquals(1, visitor.text("#byline").split("Porlock", -1).length - 1,
                    "the library is named once, not repeated after a byline that names it: " + visitor.text("#byline"));
            visitor.assertAccessible();
            visitor.open("library.xhtml?id=" + libraryId);
            assertTrue(visitor.text("#library-posts").contains(title), visitor.text("#library-posts"));
        } finally {
            visitor.close();
        }

        assertTrue(feedTitles("feeds/posts.atom").contains(title));
        assertTrue(feedTitles("feeds/posts.atom?topic=volunteering").contains(title));
        assertFalse(feedTitles("feeds/posts.atom?topic=business-planning").contains(title));
        assertEquals(404, get("feeds/posts.atom?topic=no-such-topic").statusCode());

        // A change after publication goes back to review and leaves the blog until approved again.
        writer.open("account/my-posts.xhtml");
        writer.driver.findElement(By.linkText(title)).click();
        writer.driver.findElement(By.id("edit")).click();
        writer.waitFor(".govuk-warning-text", "This post is published");
        writer.type("post:title", title + " (updated)");
        writer.driver.findElement(By.id("post:submit")).click();
        writer.waitFor(".govuk-notification-banner", "goes back to the coordinators");
        assertFalse(feedTitles("feeds/posts.atom").stream().anyMatch(t -> t.startsWith(title)));
        assertEquals(404, get("post.xhtml?id=" + writer.driver.findElement(By.linkText(title + " (updated)"))
                .getAttribute("href").replaceAll(".*id=", "")).statusCode(), "not shown to visitors while in review");
    }
}
