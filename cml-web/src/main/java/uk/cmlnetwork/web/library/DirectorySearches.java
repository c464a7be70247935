package uk.cmlnetwork.web.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.cmlnetwork.library.DirectoryPage;
import uk.cmlnetwork.library.DirectorySearch;
import uk.cmlnetwork.library.LibraryDirectory;
import uk.cmlnetwork.web.Choice;
import uk.cmlnetwork.web.Choices;

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

    /** The authorities named in the directory, for the search's filter. */
    public List<String> authorities() {
        return directory.authorities();
    }

    private volatile AuthorityChoices authorityChoices;

    private record AuthorityChoices(List<String> authorities, Choices choices) {
    }

    /** The authority filter's options, made again only when the directory's list of authorities changes. */
    public Choices authorityChoices() {
        List<String> now = authorities();
        AuthorityChoices known = authorityChoices;
        if (known == null || known.authorities() != now) {
            known = new AuthorityChoices(now, Choices.of(now.stream().map(a -> new Choice(a, a)).toList()));
            authorityChoices = known;
        }
        return known.choices();
    }
}
