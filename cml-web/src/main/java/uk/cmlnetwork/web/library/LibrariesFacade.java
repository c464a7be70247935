package uk.cmlnetwork.web.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.library.AddLibrary;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryDirectory;
import uk.cmlnetwork.library.LibraryId;

/** The transaction boundary for the library directory's pages. */
@ApplicationScoped
@Transactional
public class LibrariesFacade {
    @Inject
    LibraryDirectory directory;

    public List<Library> all() {
        return directory.all();
    }

    public Library find(LibraryId id) {
        return directory.find(id);
    }

    public Library add(AddLibrary details) {
        return directory.add(details);
    }
}
