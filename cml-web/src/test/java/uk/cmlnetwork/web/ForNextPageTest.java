package uk.cmlnetwork.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.web.page.ForNextPage;

class ForNextPageTest {
    @Test
    void theNextPageTakesWhatWasHandedOnAndItIsShownOnce() {
        ForNextPage handedOn = new ForNextPage();
        handedOn.notice("The profile is saved");
        handedOn.put("bookedEmail", "sam@example.org");

        assertEquals(Map.of(ForNextPage.NOTICE, "The profile is saved", "bookedEmail", "sam@example.org"),
                handedOn.takeAll());
        assertTrue(handedOn.takeAll().isEmpty(), "a second page, or a refresh, shows nothing again");
    }

    @Test
    void aLaterNoticeReplacesOneNotYetShown() {
        ForNextPage handedOn = new ForNextPage();
        handedOn.notice("Saved as a draft");
        handedOn.notice("Sent for review");
        assertEquals("Sent for review", handedOn.takeAll().get(ForNextPage.NOTICE));
    }
}
