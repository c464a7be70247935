package uk.cmlnetwork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NetworkTimeTest {
    @Test
    void showsGreenwichMeanTimeInWinter() {
        assertEquals("Thursday 26 March 2026, 7:00pm GMT",
                NetworkTime.dateAndTime(Instant.parse("2026-03-26T19:00:00Z")));
    }

    @Test
    void showsBritishSummerTimeAfterTheClocksGoForward() {
        // 18:00 UTC on 2 April 2026 is 7pm in London, because BST began on 29 March.
        assertEquals("Thursday 2 April 2026, 7:00pm BST",
                NetworkTime.dateAndTime(Instant.parse("2026-04-02T18:00:00Z")));
        assertEquals("10:30am BST", NetworkTime.time(Instant.parse("2026-04-02T09:30:00Z")));
    }
}
