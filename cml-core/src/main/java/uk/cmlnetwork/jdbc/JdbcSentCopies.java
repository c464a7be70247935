package uk.cmlnetwork.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import uk.cmlnetwork.newsletter.DeliveryKey;
import uk.cmlnetwork.newsletter.SentCopies;

/**
 * Records newsletter copies as sent over one JDBC connection in auto-commit: each record is one
 * prepared statement, committed on its own before the sender finishes that copy. A newsletter sender
 * makes one record per copy, so a transaction of the persistence unit for each would cost more than
 * sending the copy. The statement is the one the persistence unit's {@code markSent} runs too.
 */
public final class JdbcSentCopies implements SentCopies, AutoCloseable {
    /** SENDING → SENT, only while the copy is still claimed by this sender (the claim is a parameter). */
    public static final String MARK_SENT = "UPDATE newsletter_delivery SET status = 'SENT', sent_at = ?, error = NULL"
            + " WHERE issue_id = ? AND subscriber_id = ? AND claimed_by = ? AND status = 'SENDING'";

    private final Connection connection;
    private final PreparedStatement markSent;

    /** Takes over the connection (closed with this) and puts it in auto-commit. */
    public JdbcSentCopies(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(true);
        this.markSent = connection.prepareStatement(MARK_SENT);
    }

    /** Timestamps are stored as UTC wall-clock time, as {@code InstantAsUtc} stores them for the entities. */
    public static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public boolean markSent(DeliveryKey key, String claim, Instant now) {
        try {
            markSent.setTimestamp(1, utc(now));
            markSent.setString(2, key.issueId());
            markSent.setString(3, key.subscriberId());
            markSent.setString(4, claim);
            return markSent.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the newsletter copy as sent: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            markSent.close();
        } finally {
            connection.close();
        }
    }
}
