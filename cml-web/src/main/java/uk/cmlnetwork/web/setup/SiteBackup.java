package uk.cmlnetwork.web.setup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import uk.cmlnetwork.jpa.DerbyBackup;
import uk.cmlnetwork.shared.DomainException;

/**
 * The site's backup while it runs, on embedded Derby: the database (Derby's online backup) and the uploaded
 * files, together in a new folder under cml.backup.dir named by the London time it was taken. On PostgreSQL
 * the database is backed up with pg_dump, outside the site (the README's procedure), so this refuses.
 */
@ApplicationScoped
public class SiteBackup {
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'backup-'yyyy-MM-dd-HHmmss");

    @Resource(lookup = "jdbc/cml")
    DataSource database;

    @Inject
    Settings settings;

    /** Whether the site runs on embedded Derby, which it backs up itself. */
    public boolean backsUpItself() {
        try (Connection connection = database.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().contains("Derby");
        } catch (SQLException unreachable) {
            return false;
        }
    }

    /** Backs up the database and the files now; returns the new backup's folder. */
    public Path backUpNow() {
        if (!backsUpItself()) {
            throw new DomainException("This site runs on PostgreSQL: back it up with pg_dump, as the README says");
        }
        Path target = settings.backupDir().resolve(ZonedDateTime.now(ZoneId.of("Europe/London")).format(NAME));
        try (Connection connection = database.getConnection()) {
            DerbyBackup.backUp(connection, target, settings.filesDir());
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        }
        return target;
    }

    /** The backups taken so far, newest first. */
    public List<String> backups() {
        Path folder = settings.backupDir();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> found = Files.list(folder)) {
            return found.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("backup-")).sorted(java.util.Comparator.reverseOrder()).toList();
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    public Path folder() {
        return settings.backupDir();
    }
}
