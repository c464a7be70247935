package uk.cmlnetwork.shared;

import java.time.Duration;

/**
 * How often something may be tried under one key: {@code free} attempts within {@code window}; after
 * that either each attempt waits twice as long as the one before, from one second up to
 * {@code longestWait} (growing delays, for sign-in: nobody can lock an account for long), or nothing
 * more until the window has passed (for emails).
 */
public record AttemptLimit(int free, Duration window, boolean growing, Duration longestWait) {
    public static AttemptLimit growingDelays(int free, Duration window, Duration longestWait) {
        return new AttemptLimit(free, window, true, longestWait);
    }

    public static AttemptLimit perWindow(int free, Duration window) {
        return new AttemptLimit(free, window, false, window);
    }
}
