package uk.cmlnetwork.library;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.shared.Region;

/**
 * For each value a directory filter can take (how a library is run, region, authority, stage,
 * outcome, open or closed), the set of libraries that have it, by their place in the directory.
 * A search intersects the sets of the filters it uses: a few dozen machine words, instead of reading
 * every library's fields in turn (which, for a few thousand libraries held as separate objects, is
 * mostly waiting for memory).
 */
final class DirectoryFilters {
    private final int size;
    private final Map<ManagementType, BitSet> byType = new EnumMap<>(ManagementType.class);
    private final BitSet communityManaged = new BitSet();
    private final BitSet closed = new BitSet();
    private final Map<Region, BitSet> byRegion = new EnumMap<>(Region.class);
    private final Map<String, BitSet> byAuthority = new HashMap<>();
    private final Map<LibraryStage, BitSet> byStage = new EnumMap<>(LibraryStage.class);
    private final Map<Outcome, BitSet> byOutcome = new EnumMap<>(Outcome.class);
    private final Map<ServicePoint, BitSet> byServicePoint = new EnumMap<>(ServicePoint.class);

    /** @param entries the libraries, each at its {@link DirectoryEntry#position()} */
    DirectoryFilters(List<DirectoryEntry> entries) {
        this.size = entries.size();
        for (DirectoryEntry entry : entries) {
            int at = entry.position();
            byType.computeIfAbsent(entry.type(), t -> new BitSet()).set(at);
            if (entry.type().isCommunityManaged()) {
                communityManaged.set(at);
            }
            if (entry.type().isClosed()) {
                closed.set(at);
            }
            if (entry.region() != null) {
                byRegion.computeIfAbsent(entry.region(), r -> new BitSet()).set(at);
            }
            if (entry.authority() != null) {
                byAuthority.computeIfAbsent(entry.authority(), a -> new BitSet()).set(at);
            }
            if (entry.stage() != null) {
                byStage.computeIfAbsent(entry.stage(), s -> new BitSet()).set(at);
            }
            if (entry.servicePoint() != null) {
                byServicePoint.computeIfAbsent(entry.servicePoint(), p -> new BitSet()).set(at);
            }
            for (Outcome outcome : entry.outcomes()) {
                byOutcome.computeIfAbsent(outcome, o -> new BitSet()).set(at);
            }
        }
    }

    /** A new set of the libraries that pass every filter of the search but the words. */
    /** {@code groupRegions}: the regions of the search's group (ignored when it names no group). */
    BitSet matching(DirectorySearch s, String authorityWanted, java.util.Collection<Region> groupRegions) {
        BitSet found = new BitSet(size);
        found.set(0, size);
        if (s.type() != null) {
            found.and(byType.getOrDefault(s.type(), NONE));
        }
        if (s.communityManagedOnly()) {
            found.and(communityManaged);
        }
        if (s.region() != null) {
            found.and(byRegion.getOrDefault(s.region(), NONE));
        }
        if (authorityWanted != null) {
            found.and(byAuthority.getOrDefault(authorityWanted, NONE));
        }
        if (s.stage() != null) {
            found.and(byStage.getOrDefault(s.stage(), NONE));
        }
        if (s.servicePoint() != null) {
            found.and(byServicePoint.getOrDefault(s.servicePoint(), NONE));
        }
        if (s.group() != null) {
            BitSet inGroup = new BitSet(size);
            groupRegions.forEach(region -> inGroup.or(byRegion.getOrDefault(region, NONE)));
            found.and(inGroup);
        }
        if (s.outcome() != null) {
            found.and(byOutcome.getOrDefault(s.outcome(), NONE));
        }
        if (s.status() == DirectorySearch.OpenOrClosed.OPEN) {
            found.andNot(closed);
        } else if (s.status() == DirectorySearch.OpenOrClosed.CLOSED) {
            found.and(closed);
        }
        return found;
    }

    private static final BitSet NONE = new BitSet();
}
