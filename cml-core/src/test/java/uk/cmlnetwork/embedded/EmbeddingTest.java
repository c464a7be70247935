package uk.cmlnetwork.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import uk.cmlnetwork.jpa.DatabaseSchema;
import uk.cmlnetwork.library.AddLibrary;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.shared.InvalidInput;

/** What a program embedding the core meets: upgrades of its database, its logs, and refusals. */
class EmbeddingTest {
    @TempDir
    Path folder;

    /**
     * A database made by the first released change sets, with a member and a library in it, is brought up to
     * the current schema by opening it, and what was in it is still there, read through the services.
     */
    @Test
    void anEarlierDatabaseWithDataInItIsUpgradedAndKeepsItsData() throws Exception {
        String url = "jdbc:derby:" + folder.resolve("old").toAbsolutePath() + ";create=true";
        upgradeKeepsTheData(url, null, null);
    }

    /** The same on PostgreSQL (when CML_TEST_POSTGRES_URL is set, as in CI), in a schema of its own. */
    @Test
    @EnabledIfEnvironmentVariable(named = "CML_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
    @ResourceLock(TestDatabase.POSTGRES)
    void anEarlierPostgresDatabaseWithDataInItIsUpgradedAndKeepsItsData() throws Exception {
        TestDatabase postgres = TestDatabase.postgres();
        String schema = "upgrade_" + System.nanoTime();
        try (Connection admin = DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password());
             Statement sql = admin.createStatement()) {
            sql.execute("create schema " + schema);
            try {
                String url = postgres.url() + (postgres.url().contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public"; // public: pg_trgm's operators, for the word indexes
                upgradeKeepsTheData(url, postgres.user(), postgres.password());
            } finally {
                sql.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static void upgradeKeepsTheData(String url, String user, String password) throws Exception {
        try (Connection old = DriverManager.getConnection(url, user, password)) {
            applyFirstChangeSets(old, 3); // 001-topic, 002-member, 003-library: the schema of the first release
            try (PreparedStatement member = old.prepareStatement("insert into member (id, full_name, email, category,"
                    + " organisation, region, joined_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)");
                 Statement sql = old.createStatement()) {
                member.setString(1, "5b0c7a39-6f0e-4a8e-9b53-1f2d3c4e5f60");
                member.setString(2, "Olive Older");
                member.setString(3, "olive@example.org");
                member.setString(4, "LIBRARY_TEAM");
                member.setString(5, "Hillside Friends");
                member.setString(6, "SOUTH_WEST");
                member.setTimestamp(7, java.sql.Timestamp.valueOf("2016-05-01 09:30:00"));
                member.executeUpdate();
                sql.executeUpdate("insert into library (id, name, address, postcode, local_authority, region, management_type,"
                        + " stage, website, contact_email, version) values ('0f1e2d3c-4b5a-6978-8776-a5b4c3d2e1f0',"
                        + " 'Hillside Community Library', '12 Church Lane', 'BS40 8XE', 'North Somerset', 'SOUTH_WEST', 'CRL',"
                        + " 'SUSTAINING', 'https://hillside.example.org', 'hello@hillside.example.org', 0)");
            }
            if (!old.getAutoCommit()) {
                old.commit();
            }
        }
        try (CmlNetwork network = CmlNetwork.open(url, user, password)) {
            var library = network.inTransaction(s -> s.libraryDirectory().find(new LibraryId("0f1e2d3c-4b5a-6978-8776-a5b4c3d2e1f0")));
            assertEquals("Hillside Community Library", library.name());
            assertEquals("BS40 8XE", library.postcode());
            assertEquals(ManagementType.CRL, library.managementType());
            Member olive = network.inTransaction(s -> s.membership().findByEmail("olive@example.org")).orElseThrow();
            assertEquals("Olive Older", olive.name());
            assertEquals("Hillside Friends", olive.organisation());
            assertFalse(olive.listing().showsCategory(), "a detail added later starts hidden");
        }
        boolean postgres = url.startsWith("jdbc:postgresql:");
        try (Connection upgraded = DriverManager.getConnection(url, user, password);
             ResultSet applied = upgraded.createStatement().executeQuery("select count(*) from databasechangelog")) {
            applied.next();
            String changelog = new String(EmbeddingTest.class.getClassLoader().getResourceAsStream(DatabaseSchema.CHANGELOG)
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            long forThisDatabase = changelog.lines().filter(line -> line.contains("<changeSet ")
                    && (postgres || !line.contains("dbms=\"postgresql\""))).count();
            assertEquals(forThisDatabase, applied.getInt(1), "every change set for this database applied, once");
        }
    }

    @Test
    void derbyLogsBesideItsDatabaseNotInTheWorkingFolder() {
        Path before = Path.of("derby.log").toAbsolutePath();
        boolean existed = Files.exists(before);
        try (CmlNetwork network = CmlNetwork.openDerby(folder.resolve("quiet"))) {
            network.inTransaction(s -> s.topics().all());
        }
        if (System.getProperty("derby.stream.error.file", "").endsWith("-derby.log")) {
            assertEquals(existed, Files.exists(before), "no derby.log left in the working folder");
        }
    }

    @Test
    void aLibrarysProblemsAreNamedAllAtOnce() {
        try (CmlNetwork network = CmlNetwork.open("jdbc:derby:memory:embedding-" + System.nanoTime() + ";create=true", null, null)) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.libraryDirectory().add(
                    new AddLibrary(" ", null, "not a postcode", null, null, ManagementType.LAL, LibraryStage.SUSTAINING, null, null))));
            assertEquals(Map.of("name", "Enter the library's name", "postcode", "Enter a real UK postcode, like BS40 8XE",
                    "stage", "Only community managed libraries (CRL or ICL) have a stage"), refused.problems());
        }
    }

    private static void applyFirstChangeSets(Connection connection, int count) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(EmbeddingTest.class.getClassLoader())),
                () -> new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, DatabaseSchema.CHANGELOG)
                        .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, count)
                        .execute());
    }
}
