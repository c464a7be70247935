package uk.cmlnetwork.web.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.cmlnetwork.web.security.BearerKeys;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.security.NotAllowed;
import uk.cmlnetwork.web.setup.Settings;
import uk.cmlnetwork.web.setup.SiteBackup;

/**
 * Coordinators back the site up from its pages; no one else (answered 403). The backup command
 * (tools/backup, for a scheduler such as cron) does it with the server's backup key instead.
 */
@ApplicationScoped
public class BackupFacade {
    @Inject
    CurrentMember current;

    @Inject
    SiteBackup backup;

    @Inject
    Settings settings;

    @Inject
    BearerKeys keys;

    private void requireCoordinator() {
        if (!current.isCoordinator()) {
            throw new NotAllowed();
        }
    }

    public boolean backsUpItself() {
        requireCoordinator();
        return backup.backsUpItself();
    }

    /** The new backup's folder, as the server sees it. */
    public String backUpNow() {
        requireCoordinator();
        return backup.backUpNow().toAbsolutePath().toString();
    }

    public List<String> backups() {
        requireCoordinator();
        return backup.backups();
    }

    public String folder() {
        requireCoordinator();
        return backup.folder().toAbsolutePath().toString();
    }

    /** Whether the server has a backup key set (without one there are no backups by command). */
    public boolean takesCommands() {
        return !settings.backupKey().isEmpty();
    }

    /** Backs up for the backup command if this Authorization header carries the backup key; the new folder. */
    public java.util.Optional<String> backUpWithKey(String authorization) {
        if (!keys.matches(authorization, settings.backupKey())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(backup.backUpNow().toAbsolutePath().toString());
    }
}
