package uk.cmlnetwork.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, with an axe-core check of WCAG 2.2 A and AA. */
final class Browser implements AutoCloseable {
    static final String SITE = System.getProperty("cml.url", "http://localhost:9180/");

    private static final List<String> WCAG_22_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    final ChromeDriver driver;

    Browser() throws IOException {
        requireChromium();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("cml.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("cml.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("cml-chromium"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // Wait for the next page after a click before looking for what it shows.
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
    }

    private static boolean toldMissing;

    /**
     * Skips the browser test where Chromium or its driver is not installed, saying once how to install them,
     * so {@code ./mvnw verify} runs everything else on any machine. Under {@code CI=true} they are required,
     * and the test fails instead.
     */
    static void requireChromium() {
        Path chromium = Path.of(System.getProperty("cml.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("cml.chromedriver", "/usr/bin/chromedriver"));
        if (Files.isExecutable(chromium) && Files.isExecutable(driver)) {
            return;
        }
        String missing = "Browser tests need " + chromium + " and " + driver
                + ": install them with 'sudo apt-get install chromium chromium-driver' (Debian and Ubuntu)";
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(missing + ". CI=true, so they are required.");
        }
        synchronized (Browser.class) {
            if (!toldMissing) {
                System.out.println("[browser tests skipped] " + missing + ".");
                toldMissing = true;
            }
        }
        org.junit.jupiter.api.Assumptions.abort(missing);
    }

    void open(String path) {
        driver.get(SITE + path);
    }

    /**
     * Clicks the button with this id once it is in the middle of the window. Clicked straight after a long form
     * loaded, below the fold, the driver's own scrolling sometimes let the click land beside the button (seen on
     * the experience form with its two lists of GOV.UK checkboxes: nothing was sent).
     */
    void press(String id) {
        org.openqa.selenium.WebElement button = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    /** Replaces what the field with this id holds. */
    void type(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    /** The element's text, read again if the page changed under it. */
    String text(String css) {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElement(By.cssSelector(css)).getText();
            } catch (WebDriverException changed) {
                if (!pageChangedUnder(changed) || attempt > 20) {
                    throw changed;
                }
            }
        }
    }

    /**
     * Whether the element was found on one page and read on the next (a click's page arriving in between).
     * Chromium reports this as a stale element, or, if it happens inside one driver command, as an
     * "unknown error" that the node does not belong to the document.
     */
    static boolean pageChangedUnder(WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** Waits (after a click that loads a new page) until the element shows this text, and returns all its text. */
    String waitFor(String css, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .withMessage(() -> "waiting for '" + expected + "' in " + css + " on " + driver.getCurrentUrl() + ": "
                        + driver.findElement(By.tagName("main")).getText())
                .until(d -> {
            try {
                return d.findElement(By.cssSelector(css)).getText().contains(expected);
            } catch (NoSuchElementException notYet) {
                return false;
            } catch (WebDriverException changed) {
                if (pageChangedUnder(changed)) {
                    return false;
                }
                throw changed;
            }
        });
        return text(css);
    }

    /**
     * Fails with the list of violations if the page breaks any WCAG 2.2 A or AA rule axe-core checks, or if it
     * scrolls sideways at 320 px: every page a browser test checks is checked at both widths (with axe-core
     * at 320 px too where a test asks for {@link #assertFitsNarrowScreen}).
     */
    void assertAccessible() {
        assertAccessible(true);
    }

    private void assertAccessible(boolean narrowToo) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        String violations = results.getViolations().stream()
                .map(Browser::describe)
                .collect(Collectors.joining("\n"));
        assertEquals("", violations, "axe-core found WCAG 2.2 A/AA violations on " + driver.getCurrentUrl());
        if (narrowToo) {
            atNarrowWidth(false);
        }
    }

    /**
     * Types a question's title on the ask page and waits for the similar questions the page's script then
     * shows above the form: the form moves down as they appear, and a click meant for it must not come
     * while it moves.
     */
    void typeQuestionTitle(String title) {
        type("ask:title", title);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> title.strip().equals(((JavascriptExecutor) d)
                .executeScript("return document.getElementById('similar-live').getAttribute('data-shown-for');")));
    }

    /** A file this browser would download (a member's data), fetched with its cookies. */
    String download(String path) throws Exception {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(SITE + path)).header("Cookie", cookies)
                        .timeout(Duration.ofSeconds(30)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /**
     * Checks the page at 320 CSS pixels wide (a small phone, or 400% zoom): nothing scrolls sideways and
     * axe-core finds nothing; then back to the desktop width.
     */
    void assertFitsNarrowScreen() {
        atNarrowWidth(true);
    }

    /**
     * At 320 CSS pixels wide nothing scrolls sideways (and, if asked, axe-core finds nothing there either);
     * then back to the desktop width.
     */
    private void atNarrowWidth(boolean axe) {
        Dimension desktop = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(320 + chromeFrame(), desktop.getHeight()));
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "sideways scrolling at 320 px on " + driver.getCurrentUrl());
            if (axe) {
                assertAccessible(false);
            }
        } finally {
            driver.manage().window().setSize(desktop);
            // The page lays itself out again at the wider size: a click before it settles can land beside its button.
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "return window.outerWidth;")).intValue() == desktop.getWidth());
            ((JavascriptExecutor) driver).executeAsyncScript(
                    "var done = arguments[arguments.length - 1]; requestAnimationFrame(function () { requestAnimationFrame(done); });");
        }
    }

    /** How much wider the window is than the page's viewport (zero in headless Chromium, as a rule). */
    private int chromeFrame() {
        Object inner = ((JavascriptExecutor) driver).executeScript("return window.outerWidth - window.innerWidth;");
        return Math.max(0, ((Number) inner).intValue());
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
