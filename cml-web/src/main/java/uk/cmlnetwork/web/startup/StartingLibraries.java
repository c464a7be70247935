package uk.cmlnetwork.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.library.ImportReport;
import uk.cmlnetwork.library.StartingDirectory;

/** The transaction in which an empty database gets the starting directory (England 2023 and Wales). */
@ApplicationScoped
public class StartingLibraries {
    @Inject
    StartingDirectory startingDirectory;

    /** What each shipped dataset added; empty if the directory already had libraries. */
    @Transactional
    public List<ImportReport> loadIfEmpty() {
        return startingDirectory.loadIfEmpty();
    }
}
