package uk.cmlnetwork.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts attempts at something (signing in, asking for an email) and says how long the next one must
 * wait. Every attempt is counted before it is judged, in the database, one statement at a time: seven
 * guesses sent at once are numbered one to seven, whichever server takes them, and the sixth and
 * seventh wait. The caller runs each call in a transaction of its own, so a count is kept even when
 * what was attempted then fails.
 */
public class AttemptLimits {
    private final Attempts attempts;
    private final Clock clock;

    public AttemptLimits(Attempts attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Counts this attempt; how long it must wait before it could be allowed (zero: go ahead). */
    public Duration countAndWait(String key, AttemptLimit limit) {
        Instant now = clock.instant();
        AttemptCount count = attempts.countAnother(key, now, now.minus(limit.window()));
        if (count == null) {
            count = attempts.start(key, now);
        }
        int over = count.attempts() - limit.free();
        if (over <= 0) {
            return Duration.ZERO;
        }
        Instant allowedFrom;
        if (limit.growing()) {
            long seconds = over >= 31 ? Long.MAX_VALUE : 1L << (over - 1);
            Duration wait = Duration.ofSeconds(Math.min(seconds, limit.longestWait().toSeconds()));
            allowedFrom = (count.previousAt() == null ? now : count.previousAt()).plus(wait);
        } else {
            allowedFrom = count.firstAt().plus(limit.window());
        }
        return now.isBefore(allowedFrom) ? Duration.between(now, allowedFrom) : Duration.ZERO;
    }

    /** Forgets the count (a member signed in: their own mistakes before do not count against them). */
    public void forget(String key) {
        attempts.forget(key);
    }
}
