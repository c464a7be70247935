package uk.cmlnetwork.shared;

import java.time.Instant;

/** The counts of {@link AttemptCount}, changed one statement at a time so that concurrent attempts queue. */
public interface Attempts {
    /**
     * Counts one more attempt under this key, atomically (a count quiet since {@code restartBefore}
     * starts again at one), and returns the count as it now is; null if there was no count yet.
     */
    AttemptCount countAnother(String key, Instant now, Instant restartBefore);

    /** Starts a count at one (after {@link #countAnother} found none). */
    AttemptCount start(String key, Instant now);

    void forget(String key);
}
