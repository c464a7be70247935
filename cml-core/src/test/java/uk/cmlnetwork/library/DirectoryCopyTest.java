package uk.cmlnetwork.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.library.DirectorySearch.OpenOrClosed;
import uk.cmlnetwork.library.DirectorySearch.Sort;
import uk.cmlnetwork.shared.Region;

/** The in-memory copy of the directory that searches read: when it is rebuilt, and in what order it lists. */
class DirectoryCopyTest {
    /** A directory kept in a list; its state changes as a database's would. */
    private static final class ListedLibraries implements Libraries {
        final List<Library> libraries = new ArrayList<>();
        long saves;
        int loads;

        Library add(String name, String authority, Region region, ManagementType type) {
            Library library = new Library(LibraryId.newId(), new AddLibrary(name, null, null, authority, region, type,
                    null, null, null), null);
            libraries.add(library);
            return library;
        }

        @Override
        public List<Library> allWithOutcomes() {
            loads++;
            return List.copyOf(libraries);
        }

        @Override
        public DirectoryState state() {
            return new DirectoryState(libraries.size(), saves);
        }

        @Override public void store(Library library) { throw new UnsupportedOperationException(); }
        @Override public Optional<Library> find(LibraryId id) { throw new UnsupportedOperationException(); }
        @Override public List<Library> all() { throw new UnsupportedOperationException(); }
        @Override public List<Library> communityManaged() { throw new UnsupportedOperationException(); }
        @Override public long count() { throw new UnsupportedOperationException(); }
        @Override public void record(LibraryDatasetRecord record) { throw new UnsupportedOperationException(); }
        @Override public List<LibraryDatasetRecord> datasetRecords(LibraryId library) { throw new UnsupportedOperationException(); }
        @Override public java.util.Map<String, String> saidBy(String dataset) { throw new UnsupportedOperationException(); }
        @Override public List<Library> locatedWithin(double s, double n, double w, double e, boolean c) { throw new UnsupportedOperationException(); }
        @Override public List<Location> locationsAtPostcode(String postcodeStart) { throw new UnsupportedOperationException(); }
        @Override public List<DirectoryCount> countsByTypeAndRegion() { throw new UnsupportedOperationException(); }
    }

    private final ListedLibraries libraries = new ListedLibraries();

    private static DirectorySearch sortedBy(Sort sort) {
        return new DirectorySearch(null, null, false, null, null, null, null, OpenOrClosed.ANY, sort, 1, 20);
    }

    private static List<String> names(DirectoryPage page) {
        return page.libraries().stream().map(Library::name).toList();
    }

    @Test
    void isRebuiltOnlyWhenTheDirectoryHasChanged() {
        libraries.add("Wrington Library", "North Somerset", Region.SOUTH_WEST, ManagementType.CRL);
        LibraryDirectory directory = new LibraryDirectory(libraries, null, null, new DirectoryCopy(Duration.ZERO), null);
        directory.search(sortedBy(Sort.NAME));
        directory.search(sortedBy(Sort.TYPE));
        directory.authorities();
        assertEquals(1, libraries.loads, "one load while nothing changes");

        libraries.add("Banwell Library", "North Somerset", Region.SOUTH_WEST, ManagementType.ICL);
        assertEquals(List.of("Banwell Library", "Wrington Library"), names(directory.search(sortedBy(Sort.NAME))));
        assertEquals(2, libraries.loads);
    }

    @Test
    void aLongIntervalServesTheSameCopyUntilThisProgramSaysItChangedSomething() {
        Library wrington = libraries.add("Wrington Library", "North Somerset", Region.SOUTH_WEST, ManagementType.CRL);
        DirectoryCopy copy = new DirectoryCopy(Duration.ofHours(1));
        LibraryDirectory directory = new LibraryDirectory(libraries, null, null, copy, null);
        assertEquals(List.of("Wrington Library"), names(directory.search(sortedBy(Sort.NAME))));

        wrington.updateProfile(new LibraryProfile("Wrington Community Library", null, null, null, null, null, null, null,
                null, null, Set.of(Outcome.PROSPERITY)), null, Instant.parse("2026-03-01T10:00:00Z"));
        libraries.saves++;
        assertEquals(List.of("Wrington Library"), names(directory.search(sortedBy(Sort.NAME))),
                "the copy holds its own libraries: a change to the loaded one does not leak into it");
        copy.recheckNow();
        assertEquals(List.of("Wrington Community Library"), names(directory.search(sortedBy(Sort.NAME))));
        assertEquals(List.of("Wrington Community Library"), names(directory.search(new DirectorySearch(null, null, false,
                null, null, null, Outcome.PROSPERITY, OpenOrClosed.ANY, Sort.NAME, 1, 20))));
    }

    @Test
    void listsInEnglishOrderWithUnknownsLastAndPagesThroughTheMatches() {
        libraries.add("abbey Library", null, null, ManagementType.LAL);
        libraries.add("Zed Library", "Bath and North East Somerset", Region.SOUTH_WEST, ManagementType.CRL);
        libraries.add("Árkwright Library", "barnsley", Region.YORKSHIRE_AND_THE_HUMBER, ManagementType.ICL);
        LibraryDirectory directory = new LibraryDirectory(libraries, null, null, new DirectoryCopy(Duration.ZERO), null);
        assertEquals(List.of("abbey Library", "Árkwright Library", "Zed Library"), names(directory.search(sortedBy(Sort.NAME))),
                "letter case and accents do not split the alphabet");
        assertEquals(List.of("barnsley", "Bath and North East Somerset"), directory.authorities());
        assertEquals(List.of("Árkwright Library", "Zed Library", "abbey Library"), names(directory.search(sortedBy(Sort.AUTHORITY))),
                "a library without an authority comes last");
        DirectoryPage second = directory.search(new DirectorySearch("library", null, false, null, null, null, null,
                OpenOrClosed.ANY, Sort.NAME, 2, 2));
        assertEquals(3, second.total());
        assertEquals(List.of("Zed Library"), names(second));
    }
}
