package uk.cmlnetwork.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The regional groups as data: a coordinator renames one, adds one and moves a region into it; a group's
 * coordinator decides a meetup proposed in the group and writes to the group's members, of whom only
 * those who chose to hear are emailed. Each page checked with axe-core at desktop width and 320 px.
 */
class RegionalGroupsBrowserIT {
    private static final String GROUP_THREE = "Group Three: North and North Midlands";

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

    @Test
    void aCoordinatorRenamesAGroupAddsOneAndMovesARegionIntoIt() throws Exception {
        Accounts.signInAsCoordinator(browser, mail);
        browser.open("coordinator/members.xhtml");
        browser.driver.findElement(By.id("groups-link")).click();
        browser.waitFor("h1", "Regional groups");
        browser.assertAccessible();
        browser.assertFitsNarrowScreen();

        // Every problem at once: a blank name and a name another group has.
        browser.type("groups:names:0:name", " ");
        browser.type("groups:names:1:name", GROUP_THREE);
        browser.driver.findElement(By.id("groups:save")).click();
        browser.waitFor(".govuk-error-summary", "Enter a name for Group One");
        assertTrue(browser.text(".govuk-error-summary").contains("Another group is called " + GROUP_THREE),
                browser.text(".govuk-error-summary"));
        browser.assertAccessible();

        browser.open("coordinator/groups.xhtml");
        browser.type("groups:names:2:name", "Group Three: the North");
        browser.driver.findElement(By.id("groups:save")).click();
        browser.waitFor(".govuk-notification-banner", "The regional groups are saved");
        browser.open("group.xhtml?group=GROUP_THREE");
        browser.waitFor("h1", "Group Three: the North");

        String name = "Group Four " + System.nanoTime();
        browser.open("coordinator/groups.xhtml");
        browser.type("add:newGroup", name);
        browser.driver.findElement(By.id("add:addGroup")).click();
        browser.waitFor(".govuk-notification-banner", name + " is added");
        Select east = new Select(browser.driver.findElement(By.id("groups:regions:5:group")));
        assertEquals("Group One: London and South East", east.getFirstSelectedOption().getText(), "the East of England");
        east.selectByVisibleText(name);
        String code = east.getFirstSelectedOption().getAttribute("value");
        browser.driver.findElement(By.id("groups:save")).click();
        browser.waitFor(".govuk-notification-banner", "The regional groups are saved");

        browser.open("group.xhtml?group=" + code);
        browser.waitFor("h1", name);
        assertEquals("The group's regions: East of England.", browser.text("#regions").substring(0,
                browser.text("#regions").indexOf('.') + 1));
        browser.open("libraries.xhtml?group=" + code + "&q=Norwich");
        assertTrue(browser.text("#found").contains("libraries") && !browser.text("#found").startsWith("0"),
                "Norwich is in the East of England: " + browser.text("#found"));

        // Back as the network has them, for the other tests.
        browser.open("coordinator/groups.xhtml");
        browser.type("groups:names:2:name", GROUP_THREE);
        new Select(browser.driver.findElement(By.id("groups:regions:5:group"))).selectByVisibleText("Group One: London and South East");
        browser.driver.findElement(By.id("groups:save")).click();
        browser.waitFor(".govuk-notification-banner", "The regional groups are saved");
    }

    @Test
    void theGroupsCoordinatorApprovesAMeetupInTheGroupAndWritesToItsMembersWhoChoseToHear() throws Exception {
        Browser gail = new Browser();
        Browser coordinator = new Browser();
        Browser quiet = new Browser();
        try {
            long n = System.nanoTime();
            String gailEmail = "gail-" + n + "@example.org";
            String keenEmail = "keen-" + n + "@example.org";
            String quietEmail = "quiet-" + n + "@example.org";
            Accounts.joinAndSignIn(gail, mail, "Gail Group", gailEmail, null);
            Accounts.joinAndSignIn(browser, mail, "Kim Keen", keenEmail, null);
            Accounts.joinAndSignIn(quiet, mail, "Quinn Quiet", quietEmail, null);
            liveIn(browser, "SOUTH_WEST");
            liveIn(quiet, "WALES");
            browser.open("email-choices.xhtml");
            browser.driver.findElement(By.cssSelector("input[name='choices:GROUP_NEWS'][value='AT_ONCE']")).click();
            browser.driver.findElement(By.id("choices:save")).click();
            browser.waitFor(".govuk-notification-banner", "Your email choices are saved");

            Accounts.signInAsCoordinator(coordinator, mail);
            coordinator.open("coordinator/members.xhtml?q=" + java.net.URLEncoder.encode(gailEmail, "UTF-8"));
            String row = "//tr[td[contains(., '" + gailEmail + "')]]";
            new Select(coordinator.driver.findElement(By.xpath(row + "//select")))
                    .selectByVisibleText("Group Two: South West, West Midlands, East Midlands and Wales");
            coordinator.driver.findElement(By.xpath(row + "//input[@value='Save group']")).click();
            coordinator.waitFor("table", "Coordinator of Group Two");
            coordinator.assertFitsNarrowScreen();
            MimeMessage appointed = Mailbox.waitForMessageTo(mail, gailEmail, "You now coordinate Group Two");
            assertTrue(Mailbox.text(appointed).contains("group.xhtml?group=GROUP_TWO"), Mailbox.text(appointed));

            // Gail chooses to hear at once of new things waiting for her decision (GOV.UK radios, at desktop and 320 px).
            gail.open("email-choices.xhtml");
            gail.driver.findElement(By.cssSelector("input[name='choices:WAITING_FOR_YOU'][value='AT_ONCE']")).click();
            gail.driver.findElement(By.id("choices:save")).click();
            gail.waitFor(".govuk-notification-banner", "Your email choices are saved");
            gail.assertAccessible();
            gail.assertFitsNarrowScreen();

            // Kim proposes a meetup at Porlock (the South West); Gail is emailed, finds it waiting for her and approves it.
            String title = "Somerset tea and talk " + n;
            proposeMeetupAtPorlock(browser, title);
            MimeMessage waiting = Mailbox.waitForMessageTo(mail, gailEmail, "A meetup proposal: " + title);
            assertTrue(Mailbox.text(waiting).contains("manage/event.xhtml?id=") && Mailbox.text(waiting).contains("account/waiting.xhtml"),
                    Mailbox.text(waiting));
            gail.open("");
            gail.driver.findElement(By.id("nav-waiting")).click();
            gail.waitFor("#waiting-meetups", title);
            assertTrue(Integer.parseInt(gail.text("#count-meetups")) >= 1, gail.text("#count-meetups"));
            gail.assertAccessible();
            gail.assertFitsNarrowScreen();
            gail.open("group.xhtml?group=GROUP_TWO");
            gail.waitFor("#group-proposals", title);
            gail.assertAccessible();
            gail.assertFitsNarrowScreen();
            gail.driver.findElement(By.linkText(title)).click();
            gail.driver.findElement(By.id("lifecycle:approve")).click();
            gail.waitFor(".govuk-notification-banner", "The meetup is approved");
            browser.open("events.xhtml");
            browser.waitFor("main", title);

            // Kim is told the decision, and sees where the proposal stands; nothing waits for Kim to decide.
            MimeMessage decided = Mailbox.waitForMessageTo(mail, keenEmail, "Your meetup is approved: " + title);
            assertTrue(Mailbox.text(decided).contains("event.xhtml?id=") && Mailbox.text(decided).contains("email-choices.xhtml"),
                    Mailbox.text(decided));
            browser.open("account/profile.xhtml");
            browser.driver.findElement(By.id("sent-in")).click();
            browser.waitFor("#sent-meetups", title);
            assertTrue(browser.text("#sent-meetups").contains("Open for booking"), browser.text("#sent-meetups"));
            String page = browser.driver.getPageSource();
            assertTrue(!page.contains("id=\"nav-waiting\"") && !page.contains("id=\"waiting-counts\""), "Kim decides nothing for others");
            browser.assertAccessible();
            browser.assertFitsNarrowScreen();

            // Gail writes to the group: every problem at once, then the message reaches only Kim, who chose to hear.
            gail.open("group.xhtml?group=GROUP_TWO");
            gail.driver.findElement(By.id("write:send")).click();
            gail.waitFor(".govuk-error-summary", "Enter the email's subject");
            assertTrue(gail.text(".govuk-error-summary").contains("Enter the message"), gail.text(".govuk-error-summary"));
            gail.assertAccessible();
            gail.type("write:subject", "Meetup at Porlock " + n);
            gail.type("write:text", "Come and meet the other libraries of the group.");
            gail.driver.findElement(By.id("write:send")).click();
            gail.waitFor(".govuk-notification-banner", "who chose to hear from it");
            MimeMessage told = Mailbox.waitForMessageTo(mail, keenEmail, "Meetup at Porlock " + n);
            assertTrue(Mailbox.text(told).contains("Gail Group, for Group Two") && Mailbox.text(told).contains("email-choices.xhtml"),
                    Mailbox.text(told));
            assertEquals(0, Mailbox.countTo(mail, quietEmail, "Meetup at Porlock"), "Quinn did not choose to hear");

            // Another group's page offers Gail nothing to decide or write.
            gail.open("group.xhtml?group=GROUP_ONE");
            assertTrue(gail.driver.findElements(By.id("write:send")).isEmpty());
        } finally {
            gail.close();
            coordinator.close();
            quiet.close();
        }
    }

    private static void liveIn(Browser member, String region) {
        member.open("account/profile.xhtml");
        new Select(member.driver.findElement(By.id("profile:region"))).selectByValue(region);
        member.driver.findElement(By.id("profile:save")).click();
        member.waitFor(".govuk-notification-banner", "saved");
    }

    private static void proposeMeetupAtPorlock(Browser member, String title) {
        member.open("account/propose-meetup.xhtml");
        member.type("meetup:title", title);
        String nextYear = String.valueOf(java.time.Year.now().getValue() + 1);
        ((JavascriptExecutor) member.driver).executeScript(
                "document.getElementById('meetup:date').value = arguments[0];"
                        + "document.getElementById('meetup:start').value = '14:00';"
                        + "document.getElementById('meetup:end').value = '16:00';", nextYear + "-05-14");
        member.type("meetup:venue", "Porlock Library, Porlock");
        member.type("meetup:capacity", "20");
        new Select(member.driver.findElement(By.id("meetup:region"))).selectByValue("SOUTH_WEST");
        new Select(member.driver.findElement(By.id("meetup:host"))).selectByVisibleText("Porlock");
        member.driver.findElement(By.id("meetup:submit")).click();
        member.waitFor("h1", "Your account");
    }
}
