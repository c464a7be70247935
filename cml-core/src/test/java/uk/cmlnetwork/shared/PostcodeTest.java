package uk.cmlnetwork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PostcodeTest {
    @Test
    void writesPostcodesTheStandardWay() {
        assertEquals("BS40 8XE", Postcode.normalise("BS408XE"));
        assertEquals("BS40 8XE", Postcode.normalise(" bs40  8xe "));
        assertEquals("SW1A 1AA", Postcode.normalise("SW1A1AA"));
        assertEquals("M1 1AE", Postcode.normalise("m11ae"));
    }

    @Test
    void refusesWhatIsNotAPostcode() {
        assertNull(Postcode.normalise("not a postcode"));
        assertNull(Postcode.normalise("12345"));
        assertNull(Postcode.normalise(""));
        assertNull(Postcode.normalise(null));
    }
}
