package uk.cmlnetwork.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.library.DirectorySearch.OpenOrClosed;
import uk.cmlnetwork.shared.Region;

/** The filters' sets give the libraries a plain check of each library's fields gives, for any mix of filters. */
class DirectoryFiltersTest {
    private static final String[] AUTHORITIES = {"Kent", "Leeds", "North Somerset", null};
    private final Random random = new Random(2016);
    private final List<DirectoryEntry> entries = entries();
    private final DirectoryFilters filters = new DirectoryFilters(entries);

    private List<DirectoryEntry> entries() {
        List<DirectoryEntry> made = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Set<Outcome> outcomes = random.nextBoolean() ? Set.of() : Set.of(pick(Outcome.values()));
            made.add(new DirectoryEntry(i, null, "", pick(ManagementType.values()), orNull(pick(Region.values())),
                    AUTHORITIES[random.nextInt(AUTHORITIES.length)], orNull(pick(LibraryStage.values())), outcomes,
                    orNull(pick(ServicePoint.values()))));
        }
        return made;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T orNull(T value) {
        return random.nextInt(4) == 0 ? null : value;
    }

    /** The regions of the group the searches name, as the directory would look them up. */
    private static final List<Region> GROUP_REGIONS = List.of(Region.SOUTH_WEST, Region.WALES, Region.EAST_MIDLANDS);

    /** What a library must be to pass the search's filters, checked field by field. */
    private static boolean passes(DirectoryEntry e, DirectorySearch s, String authority) {
        return (s.type() == null || e.type() == s.type())
                && (!s.communityManagedOnly() || e.type().isCommunityManaged())
                && (s.region() == null || e.region() == s.region())
                && (authority == null || authority.equals(e.authority()))
                && (s.stage() == null || e.stage() == s.stage())
                && (s.outcome() == null || e.outcomes().contains(s.outcome()))
                && (s.servicePoint() == null || e.servicePoint() == s.servicePoint())
                && (s.group() == null || e.region() != null && GROUP_REGIONS.contains(e.region()))
                && (s.status() != OpenOrClosed.OPEN || !e.type().isClosed())
                && (s.status() != OpenOrClosed.CLOSED || e.type().isClosed());
    }

    @Test
    void everyMixOfFiltersFindsWhatCheckingEachLibraryFinds() {
        for (int i = 0; i < 2000; i++) {
            String authority = random.nextBoolean() ? null : pick(new String[] {"Kent", "Leeds", "Nowhere"});
            DirectorySearch search = new DirectorySearch(null, random.nextInt(3) == 0 ? pick(ManagementType.values()) : null,
                    random.nextInt(4) == 0, random.nextBoolean() ? null : pick(Region.values()), authority,
                    random.nextInt(3) == 0 ? pick(LibraryStage.values()) : null,
                    random.nextInt(3) == 0 ? pick(Outcome.values()) : null, pick(OpenOrClosed.values()),
                    DirectorySearch.Sort.NAME, 1, 25, random.nextInt(3) == 0 ? pick(ServicePoint.values()) : null,
                    random.nextInt(3) == 0 ? "GROUP_TWO" : null);
            BitSet expected = new BitSet();
            entries.stream().filter(e -> passes(e, search, authority)).forEach(e -> expected.set(e.position()));
            assertEquals(expected, filters.matching(search, authority, GROUP_REGIONS), search.toString());
        }
    }

    @Test
    void noFilterPassesEveryLibraryAndEachAnswerIsANewSet() {
        DirectorySearch everything = DirectorySearch.everything(25);
        BitSet all = filters.matching(everything, null, List.of());
        assertEquals(entries.size(), all.cardinality());
        all.clear();
        assertEquals(entries.size(), filters.matching(everything, null, List.of()).cardinality(), "the caller may change its set");
    }
}
