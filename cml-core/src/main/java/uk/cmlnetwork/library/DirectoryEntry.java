package uk.cmlnetwork.library;

import java.util.Set;
import uk.cmlnetwork.shared.Region;

/**
 * What the in-memory directory reads from a library when it is built (for its filters, words and pages):
 * plain fields, so a search over every library does not go through the entity's accessors each time.
 */
record DirectoryEntry(int position, Library library, String text, ManagementType type, Region region,
        String authority, LibraryStage stage, Set<Outcome> outcomes, ServicePoint servicePoint) {

    static DirectoryEntry of(int position, Library library) {
        return new DirectoryEntry(position, library, library.searchText() == null ? "" : library.searchText(),
                library.managementType(), library.region(), library.localAuthority(), library.stage(),
                Set.copyOf(library.outcomes()), library.servicePoint());
    }
}
