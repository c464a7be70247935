package uk.cmlnetwork.member;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    MembershipTest.MovingClock clock = new MembershipTest.MovingClock();
    SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void refusesAnAccountAfterFiveFailuresUntilTheWindowPasses() {
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.allows("ann@example.org", "10.0.0.1"));
            throttle.failed("ANN@example.org", "10.0.0." + i);
        }
        assertFalse(throttle.allows("ann@example.org", "10.0.0.9"), "per account, whatever the address");
        assertTrue(throttle.allows("bob@example.org", "10.0.0.9"));
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertTrue(throttle.allows("ann@example.org", "10.0.0.9"));
    }

    @Test
    void refusesAnAddressTryingManyAccounts() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("person" + i + "@example.org", "10.0.0.1");
        }
        assertFalse(throttle.allows("someone-new@example.org", "10.0.0.1"));
        assertTrue(throttle.allows("someone-new@example.org", "10.0.0.2"));
    }
}
