package uk.cmlnetwork.ear.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A coordinator uploads a handout (a disguised file is refused first) and adds a funding
 * opportunity; visitors find both, see the funding in "closing soon", filter by audience, and
 * download the file with its real type.
 */
class ResourcesBrowserIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void uploadAHandoutAndAFundingOpportunityThenFindAndDownload() throws Exception {
        String run = String.valueOf(System.nanoTime());
        Path folder = Files.createTempDirectory("cml-upload");
        Path disguised = Files.writeString(folder.resolve("rota.pdf"), "<html><script>alert(1)</script></html>");
        Path realPdf = Files.write(folder.resolve("volunteer-rota.pdf"), PDF);
        String handout = "Volunteer rota template " + run;
        String fund = "Community spaces fund " + run;

        try (Browser coordinator = new Browser()) {
            Accounts.signInAsCoordinator(coordinator, mail);
            coordinator.open("resources.xhtml");
            coordinator.driver.findElement(By.id("add-resource")).click();
            coordinator.waitFor("h1", "Add a resource");
            coordinator.assertAccessible();
            coordinator.driver.findElement(By.id("resource:publish")).click();
            String errors = coordinator.waitFor(".govuk-error-summary", "Enter a title");
            assertTrue(errors.contains("Choose what kind"), errors);

            coordinator.type("resource:title", handout);
            new Select(coordinator.driver.findElement(By.id("resource:kind"))).selectByValue("TEMPLATE");
            coordinator.driver.findElement(By.id("resource:file")).sendKeys(disguised.toString());
            coordinator.driver.findElement(By.id("resource:publish")).click();
            coordinator.waitFor(".govuk-error-summary", "its content is not a PDF");
            coordinator.assertAccessible();

            coordinator.type("resource:title", handout);
            coordinator.type("resource:summary", "A week's rota for a small volunteer team.");
            new Select(coordinator.driver.findElement(By.id("resource:kind"))).selectByValue("TEMPLATE");
            coordinator.driver.findElement(By.id("resource:file")).sendKeys(realPdf.toString());
            coordinator.driver.findElement(By.cssSelector("input[name='resource:outcomes'][value='STRONGER_COMMUNITIES']")).click();
            coordinator.driver.findElement(By.cssSelector("input[name='resource:audiences'][value='LIBRARY_TEAM']")).click();
            coordinator.driver.findElement(By.id("resource:publish")).click();
            coordinator.waitFor(".govuk-notification-banner", "Published");

            coordinator.open("coordinator/add-resource.xhtml");
            coordinator.type("resource:title", fund);
            new Select(coordinator.driver.findElement(By.id("resource:kind"))).selectByValue("FUNDING_OPPORTUNITY");
            coordinator.type("resource:url", "https://funder.example.org/spaces");
            coordinator.type("resource:amountFrom", "£5,000");
            coordinator.type("resource:amountTo", "500");
            coordinator.driver.findElement(By.id("resource:publish")).click();
            errors = coordinator.waitFor(".govuk-error-summary", "Enter who offers the funding");
            assertTrue(errors.contains("largest amount must be at least"), errors);
            coordinator.type("resource:title", fund);
            new Select(coordinator.driver.findElement(By.id("resource:kind"))).selectByValue("FUNDING_OPPORTUNITY");
            coordinator.type("resource:url", "https://funder.example.org/spaces");
            coordinator.type("resource:funder", "The Spaces Trust");
            coordinator.type("resource:amountFrom", "500");
            coordinator.type("resource:amountTo", "£5,000");
            coordinator.type("resource:eligibility", "Charities running a library building");
            LocalDate closes = LocalDate.now(ZoneId.of("Europe/London")).plusDays(10);
            // A date input takes what is typed in the browser's own order; setting its value is the same everywhere.
            coordinator.driver.executeScript("document.getElementById('resource:closesOn').value = arguments[0]", closes.toString());
            coordinator.driver.findElement(By.id("resource:publish")).click();
            coordinator.waitFor(".govuk-notification-banner", "Published");
        }

        try (Browser visitor = new Browser()) {
            visitor.open("resources.xhtml");
            assertTrue(visitor.text("#closing-soon").contains(fund), visitor.text("#closing-soon"));
            assertTrue(visitor.text("#closing-soon").contains("The Spaces Trust"), visitor.text("#closing-soon"));
            assertTrue(visitor.text("#resource-list").contains("£500 to £5,000"), visitor.text("#resource-list"));
            assertTrue(visitor.text("#resource-list").contains("Charities running a library building"));
            assertTrue(visitor.text("#resource-list").contains("(PDF, 1 KB)"), visitor.text("#resource-list"));
            assertTrue(visitor.text("#resource-list").contains("Helps with: Stronger, more resilient communities"));
            visitor.assertAccessible();

            new Select(visitor.driver.findElement(By.id("audience"))).selectByValue("SETTING_UP");
            visitor.driver.findElement(By.id("find")).click();
            visitor.waitFor("#resource-list", fund);
            assertTrue(visitor.driver.getCurrentUrl().contains("audience=SETTING_UP"), "the search is in the address");
            assertFalse(visitor.text("#resource-list").contains(handout), "the template is for library teams only");
            visitor.assertAccessible();

            visitor.open("resources.xhtml?q=" + run);
            String href = visitor.driver.findElement(By.linkText(handout)).getAttribute("href");
            visitor.open("");
            assertEquals(href, visitor.driver.findElement(By.linkText(handout)).getAttribute("href"),
                    "the home page's newest resources link to the uploaded file too");
            HttpResponse<byte[]> file = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(href)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, file.statusCode());
            assertArrayEquals(PDF, file.body());
            assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
            assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("volunteer-rota.pdf"));
            assertTrue(file.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
            assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
            HttpResponse<String> missing = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                    URI.create(Browser.SITE + "files/resources/no-such-resource")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());

            // The coordinator corrects the fund (every problem at once), then withdraws the handout: its file goes too.
            try (Browser coordinator = new Browser()) {
                Accounts.signIn(coordinator, "coordinator@example.org", "slate meadow compass"); // set above
                coordinator.open("resources.xhtml?q=" + run);
                coordinator.driver.findElement(By.xpath("//div[contains(@class,'govuk-summary-card')][.//a[text()='" + fund
                        + "']]//a[starts-with(normalize-space(.), 'Change or withdraw')]")).click();
                coordinator.waitFor("h1", "Change a resource");
                assertEquals("The Spaces Trust", coordinator.driver.findElement(By.id("resource:funder")).getAttribute("value"));
                coordinator.assertAccessible();
                coordinator.assertFitsNarrowScreen();
                coordinator.type("resource:title", " ");
                coordinator.type("resource:url", "http://funder.example.org/spaces");
                coordinator.type("resource:funder", " ");
                coordinator.driver.findElement(By.id("resource:publish")).click();
                String problems = coordinator.waitFor(".govuk-error-summary", "Enter a title");
                assertTrue(problems.contains("starting with https://") && problems.contains("Enter who offers the funding"), problems);
                assertTrue(problems.indexOf("Enter a title") < problems.indexOf("https://")
                        && problems.indexOf("https://") < problems.indexOf("Enter who offers"), "in the order of the fields: " + problems);
                // Each GOV.UK error message is tied to its field, which wears the error style (form-errors.js).
                assertTrue(coordinator.driver.findElement(By.id("resource:title")).getAttribute("aria-describedby")
                        .contains("resource:title-error"));
                assertTrue(coordinator.driver.findElement(By.id("resource:title")).getAttribute("class").contains("govuk-input--error"));
                assertTrue(coordinator.text("[id='resource:title-error']").contains("Enter a title"));
                coordinator.assertAccessible();
                coordinator.type("resource:title", fund + " (round two)");
                coordinator.type("resource:url", "https://funder.example.org/spaces-2");
                coordinator.type("resource:funder", "The Spaces Trust");
                coordinator.driver.findElement(By.id("resource:publish")).click();
                coordinator.waitFor(".govuk-notification-banner", "Saved");
                assertTrue(coordinator.text("#resource-list").contains(fund + " (round two)"), coordinator.text("#resource-list"));

                coordinator.open("resources.xhtml?q=" + run);
                coordinator.driver.findElement(By.xpath("//div[contains(@class,'govuk-summary-card')][.//a[text()='" + handout
                        + "']]//a[starts-with(normalize-space(.), 'Change or withdraw')]")).click();
                coordinator.waitFor("#kept-file", "volunteer-rota.pdf");
                coordinator.driver.findElement(By.id("withdraw:confirm")).click();
                coordinator.waitFor(".govuk-notification-banner", "its file is deleted");
                assertFalse(coordinator.text("main").contains("Volunteer rota template " + run + "\n"), "gone from the list");
            }
            HttpResponse<String> gone = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, gone.statusCode(), "a withdrawn resource's file is no longer served");
        }
    }
}
