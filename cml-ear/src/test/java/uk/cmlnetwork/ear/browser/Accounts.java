package uk.cmlnetwork.ear.browser;

import com.icegreen.greenmail.base.GreenMailOperations;
import org.openqa.selenium.By;

/** Getting a browser signed in: as the test server's first coordinator, or as a member who has just joined. */
final class Accounts {
    static final String PASSWORD = "quiet harbour lantern";

    private Accounts() {
    }

    /** The first coordinator (appointed by the test server's settings) chooses a password from the emailed link. */
    static void signInAsCoordinator(Browser browser, GreenMailOperations mail) throws Exception {
        String password = "slate meadow compass";
        String used = null;
        // The link the server emails the first coordinator at start can arrive late, after a newer one was used
        // (using a reset link ends every other): then the newer link this asks for is taken instead.
        for (int attempt = 0; ; attempt++) {
            browser.open("forgot-password.xhtml");
            browser.driver.findElement(By.id("forgot:email")).sendKeys("coordinator@example.org");
            browser.driver.findElement(By.id("forgot:submit")).click();
            String link = Mailbox.linkSentTo(mail, "coordinator@example.org", "reset-password.xhtml", used);
            browser.driver.get(link);
            browser.driver.findElement(By.id("reset:password")).sendKeys(password);
            browser.driver.findElement(By.id("reset:submit")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(15)).until(d ->
                    d.getPageSource().contains("Your password has been changed") || d.getPageSource().contains("already been used"));
            if (attempt == 2 || !browser.driver.getPageSource().contains("already been used")) {
                break;
            }
            used = link;
        }
        browser.waitFor("#reset-done", "Your password has been changed");
        signIn(browser, "coordinator@example.org", password);
    }

    /**
     * A new member joins (of this library, if not null, and listed in the member directory), confirms
     * their email and signs in. Returns the id of the library they chose, or null.
     */
    static String joinAndSignIn(Browser browser, GreenMailOperations mail, String name, String email, String library)
            throws Exception {
        browser.open("join.xhtml");
        browser.type("join:name", name);
        browser.type("join:email", email);
        browser.driver.findElement(By.cssSelector("input[name='join:category'][value='LIBRARY_TEAM']")).click();
        String libraryId = null;
        if (library != null) {
            org.openqa.selenium.support.ui.Select choice = new org.openqa.selenium.support.ui.Select(
                    browser.driver.findElement(By.id("join:library")));
            choice.selectByVisibleText(library);
            libraryId = choice.getFirstSelectedOption().getAttribute("value");
            browser.driver.findElement(By.id("join:directory")).click();
        }
        browser.type("join:password", PASSWORD);
        browser.driver.findElement(By.id("join:submit")).click();
        browser.waitFor("h1", "Check your email");
        browser.driver.get(Mailbox.linkSentTo(mail, email, "confirm-email.xhtml"));
        browser.driver.findElement(By.id("confirm:submit")).click();
        browser.waitFor("h1", "Email address confirmed");
        signIn(browser, email, PASSWORD);
        return libraryId;
    }

    static void signIn(Browser browser, String email, String password) {
        browser.open("sign-in.xhtml");
        browser.type("signIn:email", email);
        browser.type("signIn:password", password);
        browser.driver.findElement(By.id("signIn:submit")).click();
        browser.waitFor("h1", "Your account");
    }
}
