package uk.cmlnetwork.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cmlnetwork.library.AddLibrary;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.member.DirectoryListing;
import uk.cmlnetwork.member.MemberCategory;
import uk.cmlnetwork.member.MemberDetails;
import uk.cmlnetwork.member.RegisterMember;
import uk.cmlnetwork.shared.Region;

/** A populated network is backed up while open, restored into a new folder, and every table and file matches. */
class BackupTest {
    @TempDir
    Path folder;

    @Test
    void aBackupRestoredIntoANewFolderHasEveryRowAndEveryFile() throws Exception {
        Path database = folder.resolve("site");
        Path files = folder.resolve("files");
        Path backup = folder.resolve("backup");
        Path restored;
        try (CmlNetwork network = CmlNetwork.open("jdbc:derby:" + database.toAbsolutePath() + ";create=true", null, null,
                java.time.Clock.systemUTC(), NetworkFixture.FAST_HASHING).keepFilesIn(files)) {
            network.inTransaction(s -> s.libraryDirectory().add(new AddLibrary("Hillside Community Library", "12 Church Lane",
                    "BS40 8XE", "North Somerset", Region.SOUTH_WEST, ManagementType.CRL, LibraryStage.SUSTAINING, null, null)));
            String token = network.inTransaction(s -> s.membership().register(new RegisterMember(
                    new MemberDetails("Bea Backup", "bea@example.org", MemberCategory.SUPPORTER, null, Region.LONDON, null, null),
                    "harbour lantern violet", true, true, new DirectoryListing(true, true, false, true))).confirmationToken());
            network.inTransaction(s -> s.membership().confirmEmail(token));
            Files.createDirectories(files.resolve("2026"));
            Files.writeString(files.resolve("2026/handout.txt"), "A handout uploaded to the resources page");

            restored = network.backUpTo(backup); // while the network is open
            network.inTransaction(s -> s.libraryDirectory().add(new AddLibrary("Added After The Backup", null, null, null,
                    null, ManagementType.ICL, null, null, null)));
        }

        Map<String, List<String>> original = everyRow("jdbc:derby:" + database.toAbsolutePath());
        Map<String, List<String>> copy = everyRow("jdbc:derby:" + restored.toAbsolutePath());
        assertTrue(original.get("LIBRARY").stream().anyMatch(row -> row.contains("Added After The Backup")));
        original.get("LIBRARY").removeIf(row -> row.contains("Added After The Backup"));
        original.remove("DATABASECHANGELOGLOCK");
        copy.remove("DATABASECHANGELOGLOCK");
        assertTrue(original.get("MEMBER").stream().anyMatch(row -> row.contains("bea@example.org")));
        assertEquals(original, copy, "every table, row for row");
        assertEquals(filesIn(files), filesIn(backup.resolve("files")), "every uploaded file");

        try (CmlNetwork reopened = CmlNetwork.openDerby(restored).keepFilesIn(backup.resolve("files"))) {
            assertTrue(reopened.inTransaction(s -> s.membership().findByEmail("bea@example.org")).isPresent(),
                    "the restored copy opens as a network");
        }
    }

    private static Map<String, List<String>> everyRow(String url) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url)) {
            List<String> names = new ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(null, "APP", null, new String[] {"TABLE"})) {
                while (found.next()) {
                    names.add(found.getString("TABLE_NAME"));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet row = connection.createStatement().executeQuery("select * from \"" + table + "\"")) {
                    int columns = row.getMetaData().getColumnCount();
                    while (row.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            line.append(row.getString(i)).append('|');
                        }
                        rows.add(line.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true");
            } catch (SQLException shutDown) {
                // Derby answers a clean shutdown with an exception
            }
        }
        return tables;
    }

    private static Map<String, String> filesIn(Path root) throws Exception {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path each : paths.filter(Files::isRegularFile).toList()) {
                found.put(root.relativize(each).toString(), Files.readString(each));
            }
        }
        return found;
    }
}
