package uk.cmlnetwork.web.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.security.NotAllowed;
import uk.cmlnetwork.web.setup.SiteBackup;

/** Coordinators back the site up from its pages; no one else (answered 403). */
@ApplicationScoped
public class BackupFacade {
    @Inject
    CurrentMember current;

    @Inject
    SiteBackup backup;

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
}
