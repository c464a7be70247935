package uk.cmlnetwork.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import uk.cmlnetwork.member.SignInThrottle;

/** One throttle for the whole server. */
@ApplicationScoped
public class SignInThrottleHolder {
    private final SignInThrottle throttle = new SignInThrottle(Clock.systemUTC());

    @Produces
    SignInThrottle throttle() {
        return throttle;
    }
}
