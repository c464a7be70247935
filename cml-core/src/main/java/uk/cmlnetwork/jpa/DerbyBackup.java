package uk.cmlnetwork.jpa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;

/**
 * The backup of a site kept in embedded Derby, taken while it is open and in use: Derby's online backup
 * ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}, a consistent copy while other work goes on) of the database into
 * a folder, where it can be opened as it is, and a copy of the uploaded files beside it in {@code files}.
 * The one way both the server's backup page and a program embedding the core back up.
 */
public final class DerbyBackup {
    private DerbyBackup() {
    }

    /** Backs up the database of this connection and the files folder (if any) into {@code target}. */
    public static void backUp(Connection connection, Path target, Path filesFolder) {
        try {
            Files.createDirectories(target);
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, target.toAbsolutePath().toString());
                backup.execute();
            }
            if (filesFolder != null && Files.isDirectory(filesFolder)) {
                copyTree(filesFolder, target.resolve("files"));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The backup into " + target + " failed: " + e.getMessage(), e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path each : (Iterable<Path>) paths::iterator) {
                Path copy = to.resolve(from.relativize(each).toString());
                if (Files.isDirectory(each)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(each, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
