package uk.cmlnetwork.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Join → confirm the email (link read from GreenMail) → sign in → edit profile → download data → delete account. */
class MembershipJourneyBrowserIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    static final String PASSWORD = "lantern meadow copper";
    Browser browser;

    @BeforeEach
    void start() throws Exception {
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    void type(String id, String text) {
        browser.driver.findElement(By.id(id)).clear();
        browser.driver.findElement(By.id(id)).sendKeys(text);
    }

    void click(String id) {
        browser.driver.findElement(By.id(id)).click();
    }

    String text(String css) {
        return browser.text(css);
    }

    /** Waits for the page with this main heading (after a click that loads a new page). */
    void onPage(String heading) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> heading.equals(text("h1")));
    }

    void signIn(String email, String password) {
        browser.open("sign-in.xhtml");
        type("signIn:email", email);
        type("signIn:password", password);
        click("signIn:submit");
    }

    /**
     * Trying the site with the build's server and nothing else: the emails it sends are on its "Caught emails"
     * page, with their links (this server also sends them, to GreenMail). A real installation has no such page.
     */
    @Test
    void someoneTryingTheSiteConfirmsTheirAddressFromTheCaughtEmailsPage() {
        String email = "trying-" + System.nanoTime() + "@example.org";
        browser.open("join.xhtml");
        type("join:name", "Tess Trying");
        type("join:email", email);
        browser.driver.findElement(By.cssSelector("input[name='join:category'][value='SUPPORTER']")).click();
        type("join:password", PASSWORD);
        click("join:submit");
        onPage("Check your email");
        browser.open("caught-emails.xhtml");
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> {
            d.navigate().refresh();
            return d.findElements(By.cssSelector(".cml-caught-to")).stream().anyMatch(to -> to.getText().contains(email));
        });
        browser.assertAccessible();
        browser.driver.findElements(By.cssSelector(".cml-caught-email")).stream()
                .filter(card -> card.findElement(By.cssSelector(".cml-caught-to")).getText().contains(email))
                .findFirst().orElseThrow()
                .findElements(By.cssSelector("a.cml-caught-link")).stream()
                .filter(link -> link.getAttribute("href").contains("confirm-email.xhtml"))
                .findFirst().orElseThrow().click();
        click("confirm:submit");
        onPage("Email address confirmed");
        signIn(email, PASSWORD);
        onPage("Your account");
    }

    @Test
    void aNewMemberJoinsConfirmsManagesTheirDataAndLeaves() throws Exception {
        String email = "journey-" + System.nanoTime() + "@example.org";
        browser.open("join.xhtml");
        browser.assertAccessible();

        type("join:email", "not-an-email");
        type("join:password", "short");
        click("join:submit");
        String problems = text(".govuk-error-summary");
        assertTrue(problems.contains("Enter your full name"), problems);
        assertTrue(problems.contains("at least 12 characters"), problems);
        assertEquals("not-an-email", browser.driver.findElement(By.id("join:email")).getAttribute("value"),
                "the form keeps what was typed");
        assertEquals("", browser.driver.findElement(By.id("join:password")).getAttribute("value"), "but not the password");
        browser.assertAccessible();

        type("join:name", "Jo Journey");
        type("join:email", email);
        browser.driver.findElement(By.cssSelector("input[name='join:category'][value='LIBRARY_TEAM']")).click();
        assertFalse(browser.driver.findElement(By.id("join:newsletter")).isSelected(), "consent boxes start unticked");
        assertFalse(browser.driver.findElement(By.id("join:directory")).isSelected(), "consent boxes start unticked");
        click("join:newsletter");
        type("join:password", PASSWORD);
        click("join:submit");
        onPage("Check your email");
        browser.assertAccessible();

        String link = Mailbox.linkSentTo(mail, email, "confirm-email.xhtml");
        browser.driver.get(link);
        browser.assertAccessible();
        click("confirm:submit");
        onPage("Email address confirmed");
        assertEquals(1, mail.getReceivedMessagesForDomain(email).length,
                "one email on joining, though the newsletter box was ticked: confirming the address confirms both");

        signIn(email, PASSWORD);
        onPage("Your account");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/account/profile.xhtml"), browser.driver.getCurrentUrl());
        browser.assertAccessible();

        type("profile:organisation", "Hillside Friends");
        click("profile:directory");
        click("profile:showOrganisation");
        click("profile:save");
        assertTrue(text(".govuk-notification-banner").contains("Your details have been saved"));
        browser.open("account/directory.xhtml");
        assertTrue(text("table").contains("Hillside Friends"), text("table"));
        browser.assertAccessible();

        // The directory is searched only by what members show: a region kept hidden is never found by filtering.
        browser.open("account/profile.xhtml");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("profile:region"))).selectByValue("SOUTH_WEST");
        click("profile:save");
        assertTrue(text(".govuk-notification-banner").contains("Your details have been saved"));
        browser.open("account/directory.xhtml?q=Jo+Journey&region=SOUTH_WEST");
        assertTrue(text("#found").startsWith("0 members"), "the region is not shown, so not searched: " + text("#found"));
        browser.open("account/profile.xhtml");
        click("profile:showRegion");
        click("profile:save");
        assertTrue(text(".govuk-notification-banner").contains("Your details have been saved"));
        browser.open("account/directory.xhtml");
        type("q", "hillside friends");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("region"))).selectByValue("SOUTH_WEST");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("group"))).selectByValue("GROUP_TWO");
        click("find");
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("region=SOUTH_WEST"));
        assertTrue(text("#directory").contains("Jo Journey") && text("#found").startsWith("1 member found"), text("#directory"));
        browser.assertAccessible();
        browser.assertFitsNarrowScreen();

        // Which kind of member Jo is (a library team) is searched only once Jo chooses to show it.
        browser.open("account/directory.xhtml?q=Jo+Journey&category=LIBRARY_TEAM");
        assertTrue(text("#found").startsWith("0 members"), "the kind of member is not shown, so not searched: " + text("#found"));
        browser.open("account/profile.xhtml");
        click("profile:showCategory");
        click("profile:save");
        assertTrue(text(".govuk-notification-banner").contains("Your details have been saved"));
        browser.open("account/directory.xhtml");
        type("q", "Jo Journey");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("category"))).selectByValue("LIBRARY_TEAM");
        click("find");
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("category=LIBRARY_TEAM"));
        assertTrue(text("#directory").contains("Library team") && text("#found").startsWith("1 member found"), text("#directory"));
        browser.open("account/directory.xhtml?q=Jo+Journey&category=SUPPORTER");
        assertTrue(text("#found").startsWith("0 members"), text("#found"));

        browser.open("events.xhtml");
        browser.driver.findElements(By.cssSelector("table a")).get(0).click();
        String eventTitle = text("h1");
        assertTrue(text("#booking").contains("You are booking as Jo Journey"), text("#booking"));
        click("booking:book");
        assertTrue(text(".govuk-panel--confirmation").contains(email));
        assertTrue(text("#my-booking").contains("You have a place"), text("#my-booking"));
        assertTrue(browser.driver.findElements(By.id("booking:book")).isEmpty(), "no booking form for someone booked");
        browser.assertAccessible();
        browser.open("account/profile.xhtml");
        assertTrue(text("#my-bookings").contains(eventTitle), text("#my-bookings"));
        assertTrue(text("#my-bookings").contains("Confirmed"), text("#my-bookings"));
        browser.assertAccessible();

        String data = browser.download("account/my-data?format=json");
        assertTrue(data.contains("\"email\":\"" + email + "\""), data);
        assertTrue(data.contains("\"organisation\":\"Hillside Friends\""), data);
        assertTrue(data.contains("\"newsletter\":{\"given\":true"), data);
        assertTrue(data.contains("\"bookings\":[{"), data);
        String csv = browser.download("account/my-data?format=csv");
        assertTrue(csv.startsWith("section,field,value"), csv);

        browser.open("account/profile.xhtml");
        browser.driver.findElement(By.cssSelector("#my-bookings input[value='Cancel']")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .until(d -> text(".govuk-notification-banner").contains("Your booking has been cancelled"));
        assertTrue(text("#my-bookings").contains("Cancelled"), text("#my-bookings"));
        click("delete:submit");
        assertTrue(text(".govuk-error-summary").contains("Tick the box"), "deleting needs the box ticked");
        click("delete:understood");
        click("delete:submit");
        onPage("Your account has been deleted");
        browser.assertAccessible();

        signIn(email, PASSWORD);
        assertTrue(text(".govuk-error-summary").contains("Enter a correct email address and password"));
        browser.assertAccessible();
    }

    @Test
    void forgottenPasswordGivesTheSameAnswerWhetherOrNotTheEmailIsKnown() {
        browser.open("forgot-password.xhtml");
        browser.assertAccessible();
        type("forgot:email", "nobody-" + System.nanoTime() + "@example.org");
        click("forgot:submit");
        String unknown = text("#reset-requested");
        browser.open("forgot-password.xhtml");
        type("forgot:email", "coordinator@example.org");
        click("forgot:submit");
        assertEquals(unknown, text("#reset-requested"));
    }

    @Test
    void signingInFromAPageComesBackToIt() throws Exception {
        String email = "back-" + System.nanoTime() + "@example.org";
        Accounts.joinAndSignIn(browser, mail, "Bo Back", email, null);
        click("signOut:signOutButton");
        onPage("You have signed out");
        browser.open("events.xhtml?when=past");
        browser.driver.findElement(By.linkText("Sign in")).click();
        type("signIn:email", email);
        type("signIn:password", Accounts.PASSWORD);
        click("signIn:submit");
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("events.xhtml?when=past"));
        assertTrue(browser.driver.findElements(By.id("signOut:signOutButton")).size() == 1, "signed in, on the page they came from");
    }
}
