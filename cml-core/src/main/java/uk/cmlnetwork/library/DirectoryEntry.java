package uk.cmlnetwork.library;

import java.util.Set;
import uk.cmlnetwork.shared.Region;

/**
 * What a directory search compares, read once from a library when the in-memory directory is built:
 * plain fields, so a search over every library does not go through the entity's accessors each time.
 */
record DirectoryEntry(int position, Library library, String text, ManagementType type, Region region,
        String authority, LibraryStage stage, Set<Outcome> outcomes) {

    static DirectoryEntry of(int position, Library library) {
        return new DirectoryEntry(position, library, library.searchText() == null ? "" : library.searchText(),
                library.managementType(), library.region(), library.localAuthority(), library.stage(),
                Set.copyOf(library.outcomes()));
    }

    /** Everything but the words, which the caller has already checked. */
    boolean matchesFilters(DirectorySearch s, String authorityWanted) {
        return (s.type() == null || type == s.type())
                && (!s.communityManagedOnly() || type.isCommunityManaged())
                && (s.region() == null || region == s.region())
                && (authorityWanted == null || authorityWanted.equals(authority))
                && (s.stage() == null || stage == s.stage())
                && (s.outcome() == null || outcomes.contains(s.outcome()))
                && (s.status() != DirectorySearch.OpenOrClosed.OPEN || !type.isClosed())
                && (s.status() != DirectorySearch.OpenOrClosed.CLOSED || type.isClosed());
    }
}
