package uk.cmlnetwork.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The first coordinator chooses a password from the emailed link and manages members; every page passes axe-core. */
class CoordinatorBrowserIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    Browser browser;

    @BeforeEach
    void start() throws Exception {
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    void waitForHeading(String heading) {
        browser.waitFor("h1", heading);
    }

    void type(String id, String text) {
        browser.driver.findElement(By.id(id)).clear();
        browser.driver.findElement(By.id(id)).sendKeys(text);
    }

    String text(String css) {
        return browser.text(css);
    }

    void waitForText(String css, String expected) {
        browser.waitFor(css, expected);
    }

    void bookAsGuest(String eventUrl, String name, String email) {
        browser.driver.get(eventUrl);
        browser.driver.findElement(By.id("signOut:signOutButton"));
        type("booking:email", email);
        browser.driver.findElement(By.id("booking:book")).click();
        waitForText(".govuk-panel--confirmation", email);
    }

    void announceAConferenceWithAnAgenda() {
        browser.open("coordinator/events.xhtml");
        String title = "National conference " + System.nanoTime();
        type("schedule:title", title);
        browser.driver.findElement(By.cssSelector("input[name='schedule:type'][value='CONFERENCE']")).click();
        browser.driver.findElement(By.cssSelector("input[name='schedule:status'][value='ANNOUNCED']")).click();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('schedule:date').value = arguments[0];"
                        + "document.getElementById('schedule:start').value = '09:30';"
                        + "document.getElementById('schedule:end').value = '16:30';",
                (java.time.Year.now().getValue() + 1) + "-10-08");
        browser.driver.findElement(By.id("schedule:submit")).click();
        browser.waitFor("#event-status", "Announced");
        browser.assertAccessible();
        type("agenda:title", "Welcome and keynote");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('agenda:start').value = '09:30';"
                        + "document.getElementById('agenda:end').value = '10:15';");
        type("agenda:speakers", "Chair of the network");
        browser.driver.findElement(By.id("agenda:add")).click();
        browser.waitFor("#agenda", "Welcome and keynote");
        browser.assertAccessible();

        browser.driver.findElement(By.linkText("The event's public page")).click();
        browser.waitFor("h1", title);
        assertTrue(text("main").contains("Register your interest") && text("#agenda").contains("Chair of the network"),
                text("main"));
        browser.assertAccessible();
        browser.open("events.xhtml?type=CONFERENCE");
        assertTrue(text("#event-list").contains(title), text("#event-list"));
        browser.assertAccessible();
        browser.open("account/propose-meetup.xhtml");
        browser.driver.findElement(By.id("meetup:submit")).click();
        browser.waitFor(".govuk-error-summary", "Enter the date of the event");
        browser.assertAccessible();
    }

    /** Returns the address of the event's attendee list. */
    String scheduleAnEventAndManageItsAttendees() throws Exception {
        browser.driver.findElement(By.linkText("Manage events")).click();
        waitForHeading("Manage events");
        browser.assertAccessible();
        browser.driver.findElement(By.id("schedule:submit")).click();
        waitForText(".govuk-error-summary", "Enter the date of the event");
        browser.assertAccessible();

        String title = "Trustee induction " + System.nanoTime();
        type("schedule:title", title);
        browser.driver.findElement(By.cssSelector("input[name='schedule:type'][value='WORKSHOP']")).click();
        browser.driver.findElement(By.cssSelector("input[name='schedule:topics'][value='legal-governance-trustees']")).click();
        String nextYear = String.valueOf(java.time.Year.now().getValue() + 1);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('schedule:date').value = arguments[0];"
                        + "document.getElementById('schedule:start').value = '10:00';"
                        + "document.getElementById('schedule:end').value = '12:30';", nextYear + "-06-18");
        type("schedule:venue", "Hillside Community Library, 12 Church Lane, Hillside BS40 8XE");
        type("schedule:capacity", "1");
        browser.driver.findElement(By.id("schedule:submit")).click();
        waitForText("h1", title);
        String day = java.time.LocalDate.parse(nextYear + "-06-18").getDayOfWeek()
                .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
        assertTrue(text("main").contains(day + " 18 June " + nextYear + ", 10:00am BST"), text("main"));
        browser.assertAccessible();
        assertTrue(browser.driver.getCurrentUrl().contains("manage/event.xhtml"), browser.driver.getCurrentUrl());
        String eventUrl = browser.driver.findElement(By.linkText("The event's public page")).getAttribute("href");
        browser.driver.findElement(By.partialLinkText("Bookings and attendance")).click();
        waitForText("h1", title);
        String attendeesUrl = browser.driver.getCurrentUrl();

        // Two people book as guests while the coordinator is signed in elsewhere: one place, one waiting.
        try (Browser guest = new Browser()) {
            for (String who : new String[] {"first", "second"}) {
                String address = who + "-" + title.hashCode() + "@example.org";
                guest.driver.get(eventUrl);
                guest.driver.findElement(By.id("booking:name")).sendKeys("Guest " + who);
                guest.driver.findElement(By.id("booking:email")).sendKeys(address, org.openqa.selenium.Keys.ENTER);
                guest.waitFor("#check-email", address);
                guest.driver.get(Mailbox.linkSentTo(mail, address, "confirm-booking.xhtml"));
                guest.driver.findElement(By.id("confirm:submit")).click();
                guest.waitFor(".govuk-panel--confirmation", address);
            }
        }
        browser.driver.get(attendeesUrl);
        assertTrue(text("#attendees").contains("On the waiting list, number 1"), text("#attendees"));

        type("places:capacity", "0");
        browser.driver.findElement(By.id("places:save")).click();
        waitForText(".govuk-error-summary", "The number of places must be 1 or more");
        browser.assertAccessible();
        type("places:capacity", "2");
        browser.driver.findElement(By.id("places:save")).click();
        waitForText(".govuk-notification-banner", "The number of places has been changed");
        assertTrue(!text("#attendees").contains("On the waiting list"), text("#attendees"));
        Mailbox.linkSentTo(mail, "second-" + title.hashCode() + "@example.org", "cancel-booking.xhtml");

        browser.driver.findElements(By.cssSelector("#attendees input[value='Attended']")).get(0).click();
        waitForText(".govuk-notification-banner", "Attendance saved");
        assertTrue(text("#attendees").contains("Attended"), text("#attendees"));

        browser.driver.findElement(By.id("message:send")).click();
        waitForText(".govuk-error-summary", "Enter a subject for the email");
        type("message:subject", "Parking at Hillside");
        type("message:text", "There is no parking at the library: the station is a five-minute walk.");
        browser.driver.findElement(By.id("message:send")).click();
        waitForText(".govuk-notification-banner", "Your email has gone to 2 people");
        for (String who : new String[] {"first", "second"}) {
            String address = who + "-" + title.hashCode() + "@example.org";
            boolean got = false;
            for (int attempt = 0; attempt < 50 && !got; attempt++) {
                got = java.util.Arrays.stream(mail.getReceivedMessagesForDomain(address)).anyMatch(m -> {
                    try {
                        return m.getSubject().equals("Parking at Hillside");
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                });
                if (!got) {
                    Thread.sleep(200);
                }
            }
            assertTrue(got, address + " got the coordinator's email");
        }

        browser.driver.findElement(By.id("cancelEvent:confirm")).click();
        browser.driver.findElement(By.id("cancelEvent:submit")).click();
        waitForText(".govuk-notification-banner", "The event is cancelled");
        browser.assertAccessible();
        return attendeesUrl;
    }

    @Test
    void theCoordinatorSetsAPasswordSignsInAndManagesMembers() throws Exception {
        browser.open("forgot-password.xhtml");
        browser.driver.findElement(By.id("forgot:email")).sendKeys("coordinator@example.org");
        browser.driver.findElement(By.id("forgot:submit")).click();
        browser.driver.get(Mailbox.linkSentTo(mail, "coordinator@example.org", "reset-password.xhtml"));
        browser.assertAccessible();
        browser.driver.findElement(By.id("reset:password")).sendKeys("password");
        browser.driver.findElement(By.id("reset:submit")).click();
        assertTrue(browser.driver.findElement(By.className("govuk-error-summary")).getText().contains("12 characters"));
        browser.assertAccessible();
        browser.driver.findElement(By.id("reset:password")).sendKeys("copper kettle lantern");
        browser.driver.findElement(By.id("reset:submit")).click();
        assertTrue(browser.driver.findElement(By.id("reset-done")).getText().contains("Your password has been changed"));

        browser.open("sign-in.xhtml");
        browser.assertAccessible();
        browser.driver.findElement(By.id("signIn:email")).sendKeys("coordinator@example.org");
        browser.driver.findElement(By.id("signIn:password")).sendKeys("copper kettle lantern");
        browser.driver.findElement(By.id("signIn:submit")).click();
        waitForHeading("Your account");

        browser.driver.findElement(By.linkText("Manage members")).click();
        waitForHeading("Manage members");
        browser.assertAccessible();
        browser.driver.findElement(By.id("q")).sendKeys("coordinator@example.org");
        browser.driver.findElement(By.cssSelector("form.cml-filters button")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("q=coordinator"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .until(d -> "1 members".equals(d.findElement(By.cssSelector("caption")).getText()));
        browser.assertAccessible();

        browser.driver.findElements(By.cssSelector("table td a")).get(0).click();
        waitForText("#member-consents", "The newsletter");
        browser.assertAccessible();
        browser.assertFitsNarrowScreen();
        type("suspend:reason", "Testing");
        browser.driver.findElement(By.id("suspend:confirm")).click();
        waitForText(".govuk-error-summary", "You cannot suspend yourself");
        browser.assertAccessible();

        String attendeesUrl = scheduleAnEventAndManageItsAttendees();
        announceAConferenceWithAnAgenda();

        browser.open("libraries.xhtml");
        browser.driver.findElements(By.cssSelector("table a")).get(0).click();
        browser.driver.findElement(By.id("editors:email"));
        browser.assertAccessible();

        for (String page : new String[] {"privacy.xhtml", "accessibility.xhtml", "bad-request.xhtml",
                "account/directory.xhtml", "join.xhtml", "coordinator/backup.xhtml"}) {
            browser.open(page);
            browser.assertAccessible();
        }
        browser.driver.get(attendeesUrl);
        waitForText("#attendees", "Guest first");
        browser.driver.findElement(By.id("signOut:signOutButton")).click();
        waitForHeading("You have signed out");
        browser.assertAccessible();
        // The browser kept no copy of the attendee list (no-store): going back asks the server again, which
        // wants a sign-in.
        browser.driver.navigate().back();
        waitForHeading("Sign in");
        assertTrue(!browser.driver.getPageSource().contains("Guest first"), "the attendee list is not shown again");
        browser.open("coordinator/members.xhtml");
        waitForHeading("Sign in");
    }
}
