package uk.cmlnetwork.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A coordinator backs the running site up from its page: on Derby, a new folder with the database (which Derby
 * opens as it is) and the uploaded files; on PostgreSQL the page says to use pg_dump. Anyone else is refused.
 * The backup command (tools/backup) does the same with the server's backup key, and nothing without it.
 */
class BackupIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void aCoordinatorBacksUpTheRunningSite() throws Exception {
        SiteSession coordinator = AuthorisationMatrixIT.coordinator(mail);
        HttpResponse<String> page = coordinator.get("coordinator/backup.xhtml");
        assertEquals(200, page.statusCode());
        if (page.body().contains("id=\"postgresql-backup\"")) {
            assertTrue(page.body().contains("pg_dump"), page.body());
            return; // the README's pg_dump procedure; nothing to press
        }
        HttpResponse<String> done = coordinator.submit("coordinator/backup.xhtml", "backup", "now", Map.of());
        Matcher folder = Pattern.compile("Backed up the database and the uploaded files into ([^<]+)").matcher(done.body());
        assertTrue(folder.find(), done.body());
        Path backup = Path.of(folder.group(1).strip());
        assertTrue(Files.isDirectory(backup.resolve("cml")), "the database's copy, a Derby folder: " + backup);
        assertTrue(Files.exists(backup.resolve("cml").resolve("service.properties")), "Derby opens it as it is");
        assertTrue(coordinator.get("coordinator/backup.xhtml").body().contains(backup.getFileName().toString()),
                "listed among the backups taken");
    }

    @Test
    void theBackupCommandBacksUpWithTheServersKeyOnly() throws Exception {
        HttpResponse<String> noKey = new SiteSession().postJson("api/backups", "", null);
        assertEquals(401, noKey.statusCode(), noKey.body());
        HttpResponse<String> wrongKey = new SiteSession().postJson("api/backups", "", "Bearer not-the-key");
        assertEquals(401, wrongKey.statusCode(), wrongKey.body());
        assertTrue(wrongKey.body().contains("\"message\""), wrongKey.body());

        ProcessBuilder command = new ProcessBuilder(Path.of("..", "tools", "backup").toAbsolutePath().toString(), SiteSession.SITE);
        command.environment().put("CML_BACKUP_KEY", "local-test-backup-key"); // the build's servers' key (cml-ear/pom.xml)
        command.redirectErrorStream(true);
        Process backup = command.start();
        String printed = new String(backup.getInputStream().readAllBytes()).strip();
        int exit = backup.waitFor();
        if ("postgresql".equals(System.getenv("CML_DATABASE"))) {
            assertEquals(1, exit, printed);
            assertTrue(printed.contains("Backup refused (409)") && printed.contains("pg_dump"), printed);
            return;
        }
        assertEquals(0, exit, printed);
        Path folder = Path.of(printed);
        assertTrue(Files.exists(folder.resolve("cml").resolve("service.properties")), "Derby's online backup: " + folder);
    }
}
