package uk.cmlnetwork.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.core.helpers.ShowSummaryArgument;

/**
 * Brings a database up to the current schema with the Liquibase changelog shipped in this jar.
 * The same changelog serves Derby and PostgreSQL; it runs on every start, in Java SE and in the server.
 */
public final class DatabaseSchema {
    public static final String CHANGELOG = "db/changelog/cml-changelog.xml";

    private DatabaseSchema() {
    }

    public static void migrate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            migrate(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not connect to the database to update its schema", e);
        }
    }

    public static void migrate(Connection connection) {
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            // The changelog is read through this jar's class loader, which in an EAR is not the thread's.
            // Liquibase's messages go to its log (java.util.logging), not to the server's console.
            Map<String, Object> scope = Map.of(
                    Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(DatabaseSchema.class.getClassLoader()),
                    Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .execute());
            // Leave nothing pending: a container would roll back uncommitted work on this connection.
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not update the database schema: " + e.getMessage(), e);
        }
    }
}
