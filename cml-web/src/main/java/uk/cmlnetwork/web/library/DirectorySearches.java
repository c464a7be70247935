package uk.cmlnetwork.web.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.cmlnetwork.library.DirectoryPage;
import uk.cmlnetwork.library.DirectorySearch;
import uk.cmlnetwork.library.LibraryDirectory;
import uk.cmlnetwork.web.page.Choice;

/**
 * Directory searches for the search page and the JSON and CSV exports. They read the in-memory
 * directory, which changes nothing and needs no transaction (its check for changes, once a second,
 * reads without one), so unlike {@link LibrariesFacade} this bean has no transaction interceptor:
 * going through one cost a few percent of every search page.
 */
@ApplicationScoped
public class DirectorySearches {
    @Inject
    LibraryDirectory directory;

    public DirectoryPage search(DirectorySearch search) {
        return directory.search(search);
    }

    /** The regional groups as they are now (names, and which region is in which). */
    public uk.cmlnetwork.shared.GroupMap groupsNow() {
        return directory.groupsNow();
    }

    /** The authorities named in the directory, for the search's filter. */
    public List<String> authorities() {
        return directory.authorities();
    }

    /** The authority filter's options. */
    public List<Choice> authorityChoices() {
        return authorities().stream().map(a -> new Choice(a, a)).toList();
    }
}
