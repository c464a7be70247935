package uk.cmlnetwork.web.backup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.web.page.Pages;

/** "Back up the site": a coordinator takes a backup of the database and the uploaded files while the site runs. */
@Named
@RequestScoped
public class BackupPage {
    @Inject
    BackupFacade backup;

    public String backUp() {
        return Pages.attempt(Map.of(), () -> {
            String folder = backup.backUpNow();
            Pages.showInfo("Backed up the database and the uploaded files into " + folder);
            return null;
        });
    }

    public boolean isDerby() {
        return backup.backsUpItself();
    }

    public List<String> getBackups() {
        return backup.backups();
    }

    public String getFolder() {
        return backup.folder();
    }
}
