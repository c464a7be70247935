package uk.cmlnetwork.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * Emails sent before their text was cleared on sending still held booking cancel links: change set
 * 020 clears them when a database that has them is brought up to date, and leaves unsent ones alone.
 */
class SentEmailTextMigrationTest {
    /** The change sets before 020 (the changelog only grows at its end). */
    private static final int BEFORE = 19;
    private static final Timestamp QUEUED = Timestamp.from(Instant.parse("2026-11-20T10:00:00Z"));

    @Test
    void emailsSentBeforeTheChangeLoseTheirTextAndUnsentOnesKeepIt() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:derby:memory:migration-020;create=true")) {
            migrateOnly(connection, BEFORE);
            insert(connection, "sent-1", Timestamp.from(Instant.parse("2026-11-20T10:00:05Z")));
            insert(connection, "waiting-1", null);

            DatabaseSchema.migrate(connection);

            assertEquals("", body(connection, "sent-1"));
            assertNull(calendar(connection, "sent-1"));
            assertEquals("Cancel: https://example.org/cancel?code=secret", body(connection, "waiting-1"));
            assertEquals("BEGIN:VCALENDAR", calendar(connection, "waiting-1"));
            connection.rollback(); // Liquibase leaves the connection outside autocommit; Derby will not close it mid-transaction
        }
    }

    private static void migrateOnly(Connection connection, int changeSets) throws Exception {
        var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(),
                new ClassLoaderResourceAccessor(DatabaseSchema.class.getClassLoader()));
        Scope.child(scope, () -> new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, DatabaseSchema.CHANGELOG)
                .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, changeSets)
                .execute());
    }

    private static void insert(Connection connection, String id, Timestamp sentAt) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("insert into outgoing_email"
                + " (id, kind, to_email, subject, body, calendar, queued_at, next_attempt_at, attempts, sent_at)"
                + " values (?, 'booking', 'ada@example.org', 'Your place', ?, ?, ?, ?, 1, ?)")) {
            insert.setString(1, id);
            insert.setString(2, "Cancel: https://example.org/cancel?code=secret");
            insert.setString(3, "BEGIN:VCALENDAR");
            insert.setTimestamp(4, QUEUED);
            insert.setTimestamp(5, sentAt == null ? QUEUED : null);
            insert.setTimestamp(6, sentAt);
            insert.executeUpdate();
        }
    }

    private static String body(Connection connection, String id) throws Exception {
        return read(connection, "body", id);
    }

    private static String calendar(Connection connection, String id) throws Exception {
        return read(connection, "calendar", id);
    }

    private static String read(Connection connection, String column, String id) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(
                "select " + column + " from outgoing_email where id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
