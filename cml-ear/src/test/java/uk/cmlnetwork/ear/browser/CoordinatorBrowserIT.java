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
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .until(d -> heading.equals(d.findElement(By.tagName("h1")).getText()));
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

        browser.driver.findElements(By.cssSelector("input[value='Suspend']")).get(0).click();
        assertTrue(browser.driver.findElement(By.className("govuk-error-summary")).getText()
                .contains("You cannot suspend yourself"));

        browser.open("libraries.xhtml");
        browser.driver.findElements(By.cssSelector("table a")).get(0).click();
        browser.driver.findElement(By.id("editors:email"));
        browser.assertAccessible();

        for (String page : new String[] {"privacy.xhtml", "account/directory.xhtml", "join.xhtml"}) {
            browser.open(page);
            browser.assertAccessible();
        }
        browser.driver.findElement(By.id("signOut:signOutButton")).click();
        waitForHeading("You have signed out");
        browser.assertAccessible();
        browser.open("coordinator/members.xhtml");
        waitForHeading("Sign in");
    }
}
