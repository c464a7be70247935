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
 * Records newsletter copies as sent over one JDBC connection: one prepared statement per copy, which
 * the sender then makes final with {@link #commit()} at the moment closest to the mail server being
 * told the copy is complete. A newsletter sender makes one record per copy, so a transaction of the
 * persistence unit for each would cost more than sending the copy. The statement is the one the
 * persistence unit's {@code markSent} runs too.
 *
 * <p>Which moment that is depends on where the database runs. A database server (PostgreSQL) commits
 * once it has read the commit, even if the sender is killed straight after sending it; so the
 * sender records the copy, sends the final ".", then commits ({@link #commitsOnRecord()} false). An
 * embedded database (Derby in the same JVM) dies with the sender, so its record is committed as it is
 * made, just before the "." ({@link #commitsOnRecord()} true, and {@link #commit()} has nothing left
 * to do). Either way a killed sender can only leave a copy both delivered and unrecorded (or recorded
 * and undelivered) in the few microseconds between two writes, not for the length of a commit.
 */
public final class JdbcSentCopies implements SentCopies, AutoCloseable {
    /** SENDING → SENT, only while the copy is still claimed by this sender (the claim is a parameter). */
    public static final String MARK_SENT = "UPDATE newsletter_delivery SET status = 'SENT', sent_at = ?, error = NULL"
            + " WHERE issue_id = ? AND subscriber_id = ? AND claimed_by = ? AND status = 'SENDING'";

    private final Connection connection;
    private final PreparedStatement markSent;
    private final boolean commitsOnRecord;

    /** Takes over the connection (closed with this). */
    public JdbcSentCopies(Connection connection) throws SQLException {
        this.connection = connection;
        this.commitsOnRecord = embedded(connection.getMetaData().getURL());
        connection.setAutoCommit(commitsOnRecord);
        this.markSent = connection.prepareStatement(MARK_SENT);
    }

    /** True for a database inside this JVM: each record is committed as it is made. */
    public boolean commitsOnRecord() {
        return commitsOnRecord;
    }

    /** Makes the last record final (nothing to do when {@link #commitsOnRecord()}). */
    public void commit() throws SQLException {
        if (!commitsOnRecord) {
            connection.commit();
        }
    }

    /** Forgets a record not made final: the copy was not completed. */
    public void rollback() throws SQLException {
        if (!commitsOnRecord) {
            connection.rollback();
        }
    }

    static boolean embedded(String url) {
        return url != null && url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
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
        try (connection; markSent) {
            rollback(); // a record not committed by now belongs to a copy that was not completed
        }
    }
}
