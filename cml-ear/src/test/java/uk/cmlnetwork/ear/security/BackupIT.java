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
}
