package uk.cmlnetwork.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.extension.RegisterExtension;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A member opens the site, follows an upcoming event and reads when it is, in London time. */
class FindAnEventBrowserIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void homePageLeadsToAnEventShownInLondonTime() {
        browser.open("");
        assertEquals("Home – CML Network", browser.driver.getTitle());
        browser.assertAccessible();

        List<WebElement> eventLinks = browser.driver.findElements(By.cssSelector(".cml-event-list a"));
        assertFalse(eventLinks.isEmpty(), "the home page lists upcoming events");
        String title = eventLinks.get(0).getText();
        eventLinks.get(0).click();

        browser.waitFor("h1", title);
        WebElement start = browser.driver.findElement(By.cssSelector("#event-when time"));
        Instant instant = Instant.parse(start.getAttribute("datetime"));
        ZonedDateTime inLondon = instant.atZone(LONDON);
        String zone = LONDON.getRules().isDaylightSavings(instant) ? "BST" : "GMT";
        String expected = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, h:mm", Locale.UK).format(inLondon)
                + (inLondon.getHour() < 12 ? "am " : "pm ") + zone;
        assertEquals(expected, start.getText());
        browser.assertAccessible();
    }

    @Test
    void theFirstTabGoesToTheSkipLink() {
        browser.open("events.xhtml");
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver.switchTo().activeElement();
        assertEquals("Skip to main content", focused.getText());
        browser.assertAccessible();
    }

    @Test
    void bookingWithoutANameSaysWhatToFixThenBookingWorks() throws Exception {
        browser.open("events.xhtml");
        // Open the event's page with a full load, so the whole form (view state included) is there before typing.
        browser.driver.get(browser.driver.findElements(By.cssSelector("table a")).get(0).getAttribute("href"));
        String eventTitle = browser.text("h1");
        // By keyboard: Enter in a field submits the form with its first button.
        browser.driver.findElement(By.id("booking:email")).sendKeys("not-an-email", Keys.ENTER);

        String problems = browser.waitFor(".govuk-error-summary", "There is a problem");
        assertTrue(problems.contains("Enter your full name"), problems);
        assertTrue(problems.contains("Enter an email address in the correct format"), problems);
        browser.assertAccessible();

        String email = "browser-" + System.nanoTime() + "@example.org";
        browser.driver.findElement(By.id("booking:name")).sendKeys("Pat Volunteer");
        browser.driver.findElement(By.id("booking:email")).clear();
        browser.driver.findElement(By.id("booking:email")).sendKeys(email);
        browser.driver.findElement(By.id("booking:book")).click();

        // A guest is booked only once they follow the link emailed to them.
        String checkEmail = browser.waitFor("#check-email", email);
        assertTrue(checkEmail.contains("nothing is booked until then"), checkEmail);
        browser.assertAccessible();
        String confirmLink = Mailbox.linkSentTo(mail, email, "confirm-booking.xhtml");
        browser.driver.get(confirmLink);
        browser.assertAccessible();
        browser.driver.findElement(By.id("confirm:submit")).click();
        String confirmation = browser.waitFor(".govuk-panel--confirmation", email);
        assertTrue(confirmation.contains("You have a place") || confirmation.contains("waiting list"), confirmation);
        assertTrue(browser.driver.getCurrentUrl().contains("event.xhtml?id="), browser.driver.getCurrentUrl());
        browser.assertAccessible();
        // The link works once.
        browser.driver.get(confirmLink);
        browser.driver.findElement(By.id("confirm:submit")).click();
        browser.waitFor(".govuk-error-summary", "has been used");

        // The confirmation email carries the event as iCalendar, which parses back to the same event.
        MimeMessage sent = waitForMail(email, "Your place");
        MimeMultipart parts = (MimeMultipart) sent.getContent();
        String ics = new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals(eventTitle, event.getSummary().getValue());
        assertTrue(event.getUid().isPresent());

        // The cancel link in the email works without signing in, once.
        String cancel = Mailbox.linkSentTo(mail, email, "cancel-booking.xhtml");
        browser.driver.get(cancel.replace("&amp;", "&"));
        browser.assertAccessible();
        browser.driver.findElement(By.id("cancel:submit")).click();
        browser.waitFor("h1", "Your booking is cancelled");
        browser.driver.get(cancel);
        browser.driver.findElement(By.id("cancel:submit")).click();
        browser.waitFor(".govuk-error-summary", "already cancelled");
    }

    private static MimeMessage waitForMail(String address, String subject) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            MimeMessage[] received = mail.getReceivedMessagesForDomain(address);
            for (int i = received.length - 1; i >= 0; i--) {
                if (received[i].getSubject().startsWith(subject)) {
                    return received[i];
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no email reached " + address);
    }

    @Test
    void librariesAndResourcesPagesAreAccessible() {
        browser.open("libraries.xhtml");
        browser.driver.findElements(By.cssSelector("table a")).get(0).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("library.xhtml?id="));
        browser.assertAccessible();
        browser.open("resources.xhtml");
        browser.assertAccessible();
        browser.open("resources.xhtml?q=no+such+words+anywhere&kind=TOOLKIT");
        org.junit.jupiter.api.Assertions.assertTrue(browser.text("#no-resources").contains("No resources match"));
        org.junit.jupiter.api.Assertions.assertEquals("TOOLKIT",
                browser.driver.findElement(By.id("kind")).getAttribute("value"), "the filter stays chosen");
        browser.assertAccessible();
        browser.open("library.xhtml?id=no-such-library");
        assertEquals("Page not found", browser.driver.findElement(By.tagName("h1")).getText());
        browser.assertAccessible();
    }
}
