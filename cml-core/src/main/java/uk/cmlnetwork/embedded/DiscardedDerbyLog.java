package uk.cmlnetwork.embedded;

import java.io.OutputStream;

/** Where an in-memory Derby database's log goes when the embedding program chose nowhere: nowhere. */
public final class DiscardedDerbyLog {
    /** Read by Derby through {@code derby.stream.error.field}. */
    public static final OutputStream STREAM = OutputStream.nullOutputStream();

    private DiscardedDerbyLog() {
    }
}
