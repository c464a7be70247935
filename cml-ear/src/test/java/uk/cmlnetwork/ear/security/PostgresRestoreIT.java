package uk.cmlnetwork.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The README's PostgreSQL procedure, rehearsed on the running site's database after the other tests filled it:
 * {@code pg_dump -Fc}, then {@code pg_restore --no-owner} into a new database ({@code cml_restored}, made by
 * {@code .ci/it-postgres}), and every table compared row for row (a digest of each table's rows in order).
 * The site keeps running meanwhile, so the source is read before and after the dump and the comparison only
 * counts when nothing changed in between (tried again otherwise). The table of sessions is left out: it is
 * written by every request and holds nothing to restore. Runs only on PostgreSQL.
 */
class PostgresRestoreIT {
    static final String HOST = System.getenv().getOrDefault("CML_DB_HOST", "127.0.0.1");
    static final String USER = System.getenv().getOrDefault("CML_DB_USER", "cml");
    static final String PASSWORD = System.getenv().getOrDefault("CML_DB_PASSWORD", "cml");

    @Test
    void aDumpRestoresIntoANewDatabaseWithEveryTableTheSame() throws Exception {
        String source = System.getenv("CML_DB_NAME");
        String restored = System.getenv("CML_RESTORE_DB_NAME");
        assumeTrue("postgresql".equals(System.getenv("CML_DATABASE")) && source != null && restored != null,
                "the restore rehearsal runs on PostgreSQL with a database to restore into (.ci/it-postgres)");
        Path dump = Files.createTempDirectory("cml-dump").resolve("cml.dump");

        for (int attempt = 1; ; attempt++) {
            Map<String, String> before = digests(source);
            run(List.of("pg_dump", "-Fc", "-h", HOST, "-U", USER, "-f", dump.toString(), source));
            Map<String, String> after = digests(source);
            if (!before.equals(after) && attempt < 5) {
                Thread.sleep(2000); // the running site wrote meanwhile: the dump's moment is not known
                continue;
            }
            assertEquals(before, after, "the site kept writing during every dump");
            run(List.of("pg_restore", "-h", HOST, "-U", USER, "-d", restored, "--no-owner", dump.toString()));
            Map<String, String> copy = digests(restored);
            assertTrue(before.size() > 20, "the schema's tables: " + before.keySet());
            assertTrue(rows(source, "member") > 0 && rows(source, "network_event") > 0, "a populated site");
            assertEquals(before, copy, "every table restored as it was");
            System.out.println("Restore rehearsal: " + before.size() + " tables dumped and restored, every one the same");
            return;
        }
    }

    /** Each table's digest: its row count and an md5 of its rows, in order. */
    private static Map<String, String> digests(String database) throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'sessions'")) {
                while (found.next()) {
                    tables.add(found.getString(1));
                }
            }
            for (String table : tables) {
                String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
                try (ResultSet digest = statement.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|'"
                        + " ORDER BY t::text)), '') FROM " + quoted + " t")) {
                    digest.next();
                    digests.put(table, digest.getString(1));
                }
            }
        }
        return digests;
    }

    private static long rows(String database, String table) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM " + table)) {
            count.next();
            return count.getLong(1);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":5432/" + database, USER, PASSWORD);
    }

    private static void run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), String.join(" ", command) + " failed:\n" + output);
    }
}
