package uk.cmlnetwork.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map of libraries, with no internet (as on the test machines): the outline and the markers come from
 * the site itself; filters narrow it like the directory; the list is one link away; axe-core passes.
 */
class MapBrowserIT {
    Browser browser;

    @BeforeEach
    void start() throws Exception {
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    private int markers() {
        WebElement map = browser.driver.findElement(By.id("library-map"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> map.getAttribute("data-markers") != null);
        return Integer.parseInt(map.getAttribute("data-markers"));
    }

    @Test
    void theMapShowsTheLibrariesChosenAndLinksToEach() {
        browser.open("map.xhtml");
        int all = markers();
        assertTrue(all > 3000, "every library of the starting directory: " + all);
        browser.waitFor("#map-status", all + " libraries on the map");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".leaflet-overlay-pane path")).isEmpty());
        assertTrue(!browser.driver.findElements(By.cssSelector(".cml-cluster")).isEmpty(), "clustered at this zoom");
        browser.assertAccessible();
        browser.assertFitsNarrowScreen();

        browser.open("map.xhtml?type=community&group=GROUP_TWO&point=STATIC&status=OPEN");
        int community = markers();
        assertTrue(community > 20 && community < all, "open community managed static libraries in Group Two: " + community);
        assertEquals("GROUP_TWO", browser.driver.findElement(By.id("group")).getAttribute("value"), "the filter stays chosen");
        browser.assertAccessible();

        // The accessible alternative: the same search as a list.
        browser.driver.findElement(By.id("as-list")).click();
        browser.waitFor("#found", "of " + community + " libraries");

        // A cluster opens by keyboard; a marker's popup links to its library.
        browser.open("map.xhtml?q=Porlock");
        assertEquals(1, markers());
        WebElement marker = browser.driver.findElement(By.cssSelector(".leaflet-marker-icon[title='Porlock']"));
        marker.sendKeys(Keys.ENTER);
        browser.waitFor(".leaflet-popup-content", "Community run");
        browser.driver.findElement(By.cssSelector(".leaflet-popup-content a")).click();
        browser.waitFor("h1", "Porlock");
    }

    @Test
    void aRegionalGroupsPageShowsItsLibrariesEventsAndMembers() throws Exception {
        browser.open("group.xhtml?group=GROUP_TWO");
        browser.waitFor("h1", "Group Two: South West, West Midlands, East Midlands and Wales");
        assertTrue(browser.text("#regions").contains("Wales") && browser.text("#regions").contains("South West"), browser.text("#regions"));
        int libraries = markers();
        assertTrue(libraries > 50, "the group's open community managed libraries: " + libraries);
        assertTrue(browser.text("#members-sign-in").contains("Sign in"), "members are for members");
        browser.assertAccessible();
        browser.assertFitsNarrowScreen();
        browser.driver.findElement(By.id("group-list")).click();
        browser.waitFor("#found", "of " + libraries + " libraries");

        browser.open("group.xhtml?group=GROUP_NINE");
        browser.waitFor("h1", "Page not found");
    }
}
