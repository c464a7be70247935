package uk.cmlnetwork.ear.browser;

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

/**
 * The library directory in the browser: a coordinator uploads a dataset and reads the report, then
 * search → library page → profile update → near a postcode → summary, each page checked with axe-core.
 */
class DirectoryBrowserIT {
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

    private void signInAsCoordinator() throws Exception {
        Accounts.signInAsCoordinator(browser, mail);
    }

    /** Uploads the small 2016-style fixture with its authorities file, up to the check page. */
    private static void importFixture(Browser browser) {
        java.nio.file.Path fixture = java.nio.file.Path.of("../cml-core/src/test/resources/directory").toAbsolutePath().normalize();
        browser.type("import:dataset", "Fixture 2016");
        browser.driver.findElement(By.id("import:libraries")).sendKeys(fixture.resolve("libraries.csv").toString());
        browser.driver.findElement(By.id("import:authorities")).sendKeys(fixture.resolve("authorities.csv").toString());
        browser.driver.findElement(By.id("import:submit")).click();
        browser.waitFor("h1", "Check the import");
        assertTrue(browser.text("#check-summary").contains("Libraries Taskforce dataset (2016)"), browser.text("#check-summary"));
    }

    @Test
    void aFileInNoKnownFormatImportsThroughAMultiLineMappingAfterTheCheck() throws Exception {
        signInAsCoordinator();
        String run = Long.toString(System.nanoTime(), 36);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("other-headings", ".csv");
        java.nio.file.Files.writeString(file, """
                Branch,Council,Post code,Run by,Opened
                Quarry Hill Reading Room %1$s,Leeds,LS2 7UE,CR,1985c
                Tannery Lane Library %1$s,Bristol,BS1 6QA,ICL,[Unknown]
                Kelvin Library %1$s,Glasgow City,G3 7DN,LA,
                """.formatted(run));
        browser.open("coordinator/import-libraries.xhtml");
        browser.type("import:dataset", "Council export " + run);
        browser.driver.findElement(By.id("import:libraries")).sendKeys(file.toString());
        browser.type("import:mapping", "name = Branch\nauthority = Council\npostcode = Postcode\nmanagement = Managed by");
        browser.driver.findElement(By.id("import:submit")).click();
        String problems = browser.waitFor(".govuk-error-summary", "There is a problem");
        assertTrue(problems.contains("'Postcode' (for postcode)"), "the mapping's lines are read one by one: " + problems);
        assertTrue(problems.contains("'Managed by' (for management)"), "each mapped heading that matches nothing: " + problems);
        browser.assertAccessible();

        browser.driver.findElement(By.id("import:libraries")).sendKeys(file.toString());
        browser.driver.findElement(By.id("import:mapping")).clear();
        browser.type("import:mapping", "# this export's headings\nname = Branch\nauthority = Council\npostcode = Post code\n"
                + "management = Run by\nyear opened = Opened");
        browser.driver.findElement(By.id("import:submit")).click();
        browser.waitFor("h1", "Check the import");
        assertTrue(browser.text("#check-summary").contains("A file read through a column mapping"), browser.text("#check-summary"));
        assertTrue(browser.text("#count-new").equals("2"), browser.text("#check-summary"));
        assertTrue(browser.text("#count-outside").equals("1"), browser.text("#check-summary"));
        assertTrue(browser.text("#left-out").contains("Kelvin Library " + run + " is outside England and Wales"), browser.text("#left-out"));
        assertTrue(browser.text("#warnings").contains("'[Unknown]' is not a year: left blank"), browser.text("#warnings"));
        assertTrue(browser.text("#new").contains("Quarry Hill Reading Room " + run), browser.text("#new"));
        browser.assertAccessible();
        browser.assertFitsNarrowScreen();
        browser.driver.findElement(By.id("decide:apply")).click();
        browser.waitFor(".govuk-notification-banner", "The dataset is applied: 2 added");

        browser.open("libraries.xhtml?q=" + run);
        String found = browser.text("#library-list");
        assertTrue(found.contains("Quarry Hill Reading Room " + run) && found.contains("Tannery Lane Library " + run)
                && !found.contains("Kelvin"), found);
        browser.driver.findElement(By.linkText("Quarry Hill Reading Room " + run)).click();
        browser.waitFor("h1", "Quarry Hill Reading Room " + run);
        assertTrue(browser.text("#profile").contains("Yorkshire and the Humber"), "its region, from its authority: " + browser.text("#profile"));
        assertTrue(browser.text("#history").contains("Council export " + run), browser.text("#history"));
        assertTrue(browser.text("#history").contains("Open Government Licence"), browser.text("#history"));
        assertTrue(browser.text("#place").contains("approx") || browser.text("#place").contains("middle"), browser.text("#place"));
        browser.assertAccessible();
    }

    @Test
    void importSearchAndUpdateTheDirectory() throws Exception {
        signInAsCoordinator();

        browser.open("coordinator/import-libraries.xhtml");
        browser.assertAccessible();
        browser.driver.findElement(By.id("import:submit")).click();
        String problems = browser.waitFor(".govuk-error-summary", "Choose the libraries CSV file to import");
        assertTrue(problems.contains("Enter the dataset's name"), "every field to fix at once: " + problems);
        importFixture(browser);
        assertTrue(browser.text("#warnings").contains("'NOT A CODE' is not a UK postcode: left blank"), browser.text("#warnings"));
        assertTrue(browser.text("#left-out").contains("no library name"), browser.text("#left-out"));
        browser.assertAccessible();
        browser.driver.findElement(By.id("decide:apply")).click();
        browser.waitFor(".govuk-notification-banner", "The dataset is applied");
        browser.assertAccessible();

        browser.open("libraries.xhtml?type=community");
        browser.type("q", "wrington");
        browser.driver.findElement(By.id("find")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("q=wrington"));
        assertTrue(browser.text("#library-list").contains("Wrington Community Library"), browser.text("#library-list"));
        assertTrue(browser.driver.findElement(By.id("type")).getAttribute("value").equals("community"), "the filter stays chosen");
        browser.assertAccessible();
        browser.driver.findElement(By.linkText("Wrington Community Library")).click();
        browser.waitFor("h1", "Wrington Community Library");
        assertTrue(browser.text("#like-this").contains("Congresbury Library") && browser.text("#like-this").contains("miles"), browser.text("#like-this"));
        assertTrue(browser.text("#last-confirmed").contains("Not yet confirmed"), browser.text("#last-confirmed"));
        browser.assertAccessible();

        browser.driver.findElement(By.id("edit-profile")).click();
        browser.waitFor("h1", "Update the library's profile");
        browser.assertAccessible();
        browser.type("profile:volunteers", "lots");
        browser.driver.findElement(By.id("profile:save")).click();
        browser.waitFor(".govuk-error-summary", "whole number");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("profile:stage"))).selectByVisibleText("Sustaining");
        browser.type("profile:volunteers", "24");
        browser.driver.findElement(By.cssSelector("input[name='profile:outcomes'][value='READING_AND_LITERACY']")).click();
        browser.driver.findElement(By.cssSelector("input[name='profile:experience'][value='community-asset-transfer']")).click();
        browser.type("profile:phone", "call us");
        browser.type("profile:days:5:unstaffed", "x".repeat(120));
        browser.driver.findElement(By.id("profile:save")).click();
        String profileProblems = browser.waitFor(".govuk-error-summary", "Enter the phone number in digits");
        assertTrue(profileProblems.contains("Saturday's unstaffed hours must be 100 characters or fewer"), profileProblems);
        browser.assertAccessible();
        browser.type("profile:phone", "01934 862 000");
        browser.type("profile:days:0:staffed", "10am to 1pm");
        browser.type("profile:days:5:unstaffed", "9am to 5pm");
        browser.type("profile:accessibility", "Step-free entrance");
        browser.driver.findElement(By.id("profile:save")).click();
        browser.waitFor(".govuk-notification-banner", "The profile is saved");
        assertTrue(browser.text("#opening-hours").contains("Monday: 10am to 1pm (staffed)")
                && browser.text("#opening-hours").contains("Saturday: 9am to 5pm (unstaffed)"), browser.text("#opening-hours"));
        assertTrue(browser.text("#phone").contains("01934 862 000") && browser.text("#accessibility").contains("Step-free"),
                browser.text("#profile"));
        assertTrue(browser.text("#experience").contains("Community Asset Transfer"), "questions about it now reach its members");
        assertTrue(browser.text("#profile").contains("Sustaining") && browser.text("#profile").contains("Increased reading and literacy"),
                browser.text("#profile"));
        assertTrue(browser.text("#last-confirmed").matches("(?s).*\\d{1,2} [A-Z][a-z]+ \\d{4}, by the library or a coordinator.*"),
                "shows the date it was confirmed: " + browser.text("#last-confirmed"));
        browser.assertAccessible();
        // The search reads the server's in-memory copy of the directory: the saved profile is in it at once.
        browser.open("libraries.xhtml?outcome=READING_AND_LITERACY&stage=SUSTAINING");
        assertTrue(browser.text("#library-list").contains("Wrington Community Library"), browser.text("#found"));
        assertTrue(browser.text("#found").contains("of 1 libraries"), browser.text("#found"));

        browser.open("libraries-near.xhtml?postcode=ZE1+0AA");
        browser.waitFor(".govuk-error-summary", "We cannot place ZE1 0AA");
        browser.assertAccessible();
        browser.type("postcode", "BS40 8XE");
        browser.driver.findElement(By.id("find")).click();
        browser.waitFor("#nearby", "Congresbury Library");
        browser.assertAccessible();
        browser.open("libraries-summary.xhtml");
        assertTrue(browser.text("#summary").contains("Community run"), browser.text("#summary"));
        browser.assertAccessible();
    }

    @Test
    void aMemberSuggestsACorrectionTheCoordinatorAcceptsItAndTheMemberIsListedAtTheirLibrary() throws Exception {
        Browser coordinator = new Browser();
        try {
            Accounts.signInAsCoordinator(coordinator, mail);
            coordinator.open("coordinator/import-libraries.xhtml");
            importFixture(coordinator);
            coordinator.driver.findElement(By.id("decide:apply")).click();
            coordinator.waitFor(".govuk-notification-banner", "The dataset is applied");

            // A member of Congresbury Library joins, listed in the member directory.
            String email = "suggester-" + System.nanoTime() + "@example.org";
            String libraryId = Accounts.joinAndSignIn(browser, mail, "Sue Suggester", email, "Congresbury Library");

            browser.open("library.xhtml?id=" + libraryId);
            assertTrue(browser.text("#listed-members").contains("Sue Suggester"), browser.text("#listed-members"));
            browser.driver.findElement(By.id("suggest-correction")).click();
            browser.waitFor("h1", "Suggest a correction");
            browser.assertAccessible();
            browser.type("suggest:website", "congresbury.example.org");
            browser.driver.findElement(By.id("suggest:send")).click();
            browser.waitFor(".govuk-error-summary", "starting with https://");
            assertTrue(browser.text(".govuk-error-summary").contains("Say what should change"), browser.text(".govuk-error-summary"));
            browser.assertAccessible();
            browser.type("suggest:website", "https://congresbury.example.org");
            browser.type("suggest:note", "The library has its own website since the spring");
            browser.driver.findElement(By.id("suggest:send")).click();
            browser.waitFor(".govuk-notification-banner", "your suggestion is with");
            browser.open("manage/library-suggestions.xhtml");
            browser.waitFor("#none-waiting", "No suggestions are waiting for you");

            coordinator.open("manage/library-suggestions.xhtml");
            assertTrue(coordinator.text("#waiting").contains("Congresbury Library"), coordinator.text("#waiting"));
            coordinator.assertAccessible();
            coordinator.driver.findElement(By.cssSelector("#waiting a")).click();
            coordinator.waitFor("h1", "Review a suggestion");
            assertTrue(coordinator.text("#changes").contains("https://congresbury.example.org"), coordinator.text("#changes"));
            coordinator.assertAccessible();
            coordinator.assertFitsNarrowScreen();
            coordinator.driver.findElement(By.id("decide:accept")).click();
            coordinator.waitFor(".govuk-notification-banner", "Accepted");
            assertTrue(coordinator.text("#profile").contains("https://congresbury.example.org"), coordinator.text("#profile"));
            assertTrue(coordinator.text("#last-confirmed").matches("(?s).*\\d{1,2} [A-Z][a-z]+ \\d{4}, by the library or a coordinator.*"),
                    coordinator.text("#last-confirmed"));
            coordinator.assertAccessible();
            assertTrue(Mailbox.text(Mailbox.waitForMessageTo(mail, email, "was accepted")).contains("library.xhtml?id=" + libraryId));

            browser.open("account/suggest-library.xhtml");
            browser.waitFor("h1", "Suggest a missing library");
            browser.assertAccessible();
        } finally {
            coordinator.close();
        }
    }

    @Test
    void aMemberClaimsTheirLibraryACoordinatorAcceptsAndTheLibraryListsItsEditors() throws Exception {
        Browser coordinator = new Browser();
        try {
            String email = "claimer-" + System.nanoTime() + "@example.org";
            Accounts.joinAndSignIn(browser, mail, "Clara Claimer", email, null);
            browser.open("libraries.xhtml?q=Watchet");
            browser.driver.findElement(By.linkText("Watchet")).click();
            browser.waitFor("h1", "Watchet");
            String libraryUrl = browser.driver.getCurrentUrl();
            browser.driver.findElement(By.id("claim:send")).click();
            browser.waitFor(".govuk-error-summary", "Say how you help run the library");
            browser.assertAccessible();
            browser.assertFitsNarrowScreen();
            browser.type("claim:note", "I coordinate the volunteers");
            browser.driver.findElement(By.id("claim:send")).click();
            browser.waitFor(".govuk-notification-banner", "your claim is with the network's coordinators");
            browser.assertAccessible();

            Accounts.signInAsCoordinator(coordinator, mail);
            coordinator.open("manage/library-suggestions.xhtml");
            coordinator.assertFitsNarrowScreen();
            coordinator.driver.findElement(By.xpath("//table[@id='waiting']//tr[td[contains(., 'Watchet')]"
                    + " and td[contains(., 'claim')]]//a")).click();
            coordinator.waitFor("h1", "Review a suggestion");
            assertTrue(coordinator.text("#claim").contains("Clara Claimer (" + email + ")"), coordinator.text("#claim"));
            assertTrue(coordinator.text("#note").contains("I coordinate the volunteers"), coordinator.text("#note"));
            coordinator.assertAccessible();
            coordinator.driver.findElement(By.id("decide:accept")).click();
            coordinator.waitFor(".govuk-notification-banner", "they can now edit the profile of Watchet");
            assertTrue(Mailbox.text(Mailbox.waitForMessageTo(mail, email, "You can now edit Watchet")).contains("library.xhtml?id="));

            browser.driver.get(libraryUrl);
            browser.waitFor("#editor-names", "Clara Claimer");
            assertTrue(!browser.driver.findElements(By.id("edit-profile")).isEmpty(), "the editor may now edit the profile");
            assertTrue(browser.driver.findElements(By.id("claim:send")).isEmpty(), "no claim form for an editor");
            browser.assertAccessible();
            browser.assertFitsNarrowScreen();

            coordinator.driver.get(libraryUrl);
            coordinator.driver.findElement(By.cssSelector("input[value='Remove Clara Claimer as an editor']")).click();
            coordinator.waitFor(".govuk-notification-banner", "Clara Claimer no longer edits this library's profile");
            assertTrue(coordinator.driver.findElements(By.id("editor-names")).isEmpty()
                    || !coordinator.text("#editor-names").contains("Clara Claimer"), "removed");
            coordinator.assertAccessible();
            assertTrue(Mailbox.text(Mailbox.waitForMessageTo(mail, email, "You no longer edit Watchet's profile"))
                    .contains("took you off the editors of Watchet"), "the removed editor is told");

            // A second claim, not accepted: the email names the library and says it was the claim.
            browser.driver.get(libraryUrl);
            browser.type("claim:note", "I still help on Saturdays");
            browser.driver.findElement(By.id("claim:send")).click();
            browser.waitFor(".govuk-notification-banner", "your claim is with the network's coordinators");
            coordinator.open("manage/library-suggestions.xhtml");
            coordinator.driver.findElement(By.xpath("//table[@id='waiting']//tr[td[contains(., 'Watchet')]"
                    + " and td[contains(., 'claim')]]//a")).click();
            coordinator.waitFor("h1", "Review a suggestion");
            coordinator.type("decide:reason", "The library's chair has not heard of you");
            coordinator.driver.findElement(By.id("decide:reject")).click();
            coordinator.waitFor(".govuk-notification-banner", "Not accepted");
            assertTrue(Mailbox.text(Mailbox.waitForMessageTo(mail, email, "Your claim to help run Watchet was not accepted"))
                    .contains("The library's chair has not heard of you"));
        } finally {
            coordinator.close();
        }
    }

    @Test
    void aCoordinatorAppointsAGroupCoordinatorWhoLooksAfterTheGroupsLibraries() throws Exception {
        Browser coordinator = new Browser();
        try {
            String email = "group-" + System.nanoTime() + "@example.org";
            Accounts.joinAndSignIn(browser, mail, "Gail Group", email, null);
            Accounts.signInAsCoordinator(coordinator, mail);
            coordinator.open("coordinator/members.xhtml?q=" + java.net.URLEncoder.encode(email, "UTF-8"));
            String row = "//tr[td[contains(., '" + email + "')]]";
            new org.openqa.selenium.support.ui.Select(coordinator.driver.findElement(By.xpath(row + "//select")))
                    .selectByVisibleText("Group Two: South West, West Midlands, East Midlands and Wales");
            coordinator.driver.findElement(By.xpath(row + "//input[@value='Save group']")).click();
            coordinator.waitFor("table", "Coordinator of Group Two");
            coordinator.assertAccessible();

            browser.open("libraries.xhtml?q=Watchet");
            browser.driver.findElement(By.linkText("Watchet")).click();
            browser.waitFor("h1", "Watchet");
            assertTrue(!browser.driver.findElements(By.id("edit-profile")).isEmpty(), "Watchet (South West) is in Group Two");
            browser.open("libraries.xhtml?q=Barking+Learning+Centre");
            browser.driver.findElement(By.partialLinkText("Barking Learning Centre")).click();
            browser.waitFor("h1", "Barking");
            assertTrue(browser.driver.findElements(By.id("edit-profile")).isEmpty(), "Barking (London) is in Group One");
        } finally {
            coordinator.close();
        }
    }
}
