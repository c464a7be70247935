package uk.cmlnetwork.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.cmlnetwork.library.Library;

/** The libraries page: every library in the directory. */
@Named
@RequestScoped
public class LibraryListPage {
    @Inject
    LibrariesFacade libraries;

    private List<Library> all;

    public List<Library> getLibraries() {
        if (all == null) {
            all = libraries.all();
        }
        return all;
    }
}
