package uk.cmlnetwork.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A newer file previewed against the libraries already known: matched, not duplicated. */
class DatasetPreviewTest {
    private static final Path SHARED_DATA = Path.of("..", "..", "shared", "data");

    private static Library known(PublishedLibrary row) {
        return Library.fromDataset(row, new WhereItIs(row.authority(), row.authorityCode(), null, row.location() == null ? null
                : new PlaceFinder.Place(row.location(), PlaceFinder.Precision.FROM_THE_FILE)), "test");
    }

    private static PublishedDataset.Reading read(String csv) {
        return PublishedDataset.read(new StringReader(csv));
    }

    @Test
    void eachRowIsNewUpdatedUnchangedClosedOrAmbiguousAndNoLibraryIsMatchedTwice() {
        String headings = "reporting,name,address1,authority,postcode,type,operation_22,operation_23,closed,opened\n";
        List<Library> known = read(headings
                + "Somerset,Wells Library,Union St,Somerset,BA5 2PU,Static Library,LA,LA,,\n"
                + "Somerset,Glastonbury Library,High St,Somerset,BA6 9DP,Static Library,LA,LA,,\n"
                + "Somerset,Street Library,Leigh Rd,Somerset,BA16 0HA,Static Library,LA,LA,,\n"
                + "Somerset,Frome Library,Justice Ln,Somerset,BA11 1BE,Static Library,LA,LA,,\n"
                + "Somerset,Chard Library,Holyrood St,Somerset,TA20 2AH,Static Library,LA,LA,,\n")
                .libraries().stream().map(DatasetPreviewTest::known).toList();
        DatasetPreview.Preview preview = DatasetPreview.of(known, read(headings
                + "Somerset,Wells Library,Union St,Somerset,BA5 2PU,Static Library,LA,LA,,\n"
                + "Somerset,Glastonbury Community Library,High St,Somerset,BA6 9DP,Static Library,LA,CR,,\n"
                + "Somerset,Street Library,Leigh Rd,Somerset,BA16 0HA,Static Library,LA,Closed,2023,\n"
                + "Somerset,Frome Library,Justice Ln,Somerset,BA11 1BE,Static Library,LA,LA,,\n"
                + "Somerset,Frome Library,Justice Ln,Somerset,BA11 1BE,Static Library,LA,LA,,\n"
                + "Somerset,Minehead Library,The Avenue,Somerset,TA24 5AY,Static Library,LA,LA,,\n").libraries());
        assertEquals(List.of(DatasetPreview.Outcome.UNCHANGED, DatasetPreview.Outcome.UPDATED, DatasetPreview.Outcome.CLOSED,
                        DatasetPreview.Outcome.UNCHANGED, DatasetPreview.Outcome.AMBIGUOUS, DatasetPreview.Outcome.NEW),
                preview.rows().stream().map(DatasetPreview.RowPreview::outcome).toList());
        assertEquals(List.of(new DatasetPreview.FieldChange("name", "Glastonbury Library", "Glastonbury Community Library"),
                        new DatasetPreview.FieldChange("how it is run", "Local authority run", "Community run, with ongoing council support")),
                preview.rows().get(1).changes());
        assertEquals(List.of("Chard Library"), preview.notInFile().stream().map(Library::name).toList());
    }

    @Test
    void the2023FileMatchesThe2016LibrariesWithoutDuplicates() throws IOException {
        Path old = SHARED_DATA.resolve("england-libraries-2016.csv");
        Path newer = SHARED_DATA.resolve("england-libraries-2023.csv");
        if (System.getenv("CI") != null) {
            assertTrue(Files.exists(newer), "CI runs with ../shared/data beside the project");
        }
        Assumptions.assumeTrue(Files.exists(old) && Files.exists(newer), "../shared/data is not beside the project");
        // (known libraries need their places: the 2016 file gives them)
        List<Library> known;
        try (Reader csv = Files.newBufferedReader(old)) {
            known = PublishedDataset.read(csv).libraries().stream().map(DatasetPreviewTest::known).toList();
        }
        DatasetPreview.Preview preview;
        try (Reader csv = Files.newBufferedReader(newer)) {
            preview = DatasetPreview.of(known, PublishedDataset.read(csv).libraries());
        }
        Set<Library> matched = new HashSet<>();
        preview.rows().stream().filter(r -> r.match() != null).forEach(r -> assertTrue(matched.add(r.match()), "matched twice: " + r.match().name()));
        long matchedCount = matched.size();
        System.out.printf("2016 -> 2023 preview: %d rows; matched %d of %d known; new %d, updated %d, unchanged %d, closed %d,"
                        + " reopened %d, ambiguous %d; known not in the file %d%n", preview.rows().size(), matchedCount, known.size(),
                preview.count(DatasetPreview.Outcome.NEW), preview.count(DatasetPreview.Outcome.UPDATED),
                preview.count(DatasetPreview.Outcome.UNCHANGED), preview.count(DatasetPreview.Outcome.CLOSED),
                preview.count(DatasetPreview.Outcome.REOPENED), preview.count(DatasetPreview.Outcome.AMBIGUOUS), preview.notInFile().size());
        assertTrue(matchedCount > known.size() * 0.8, "most 2016 libraries are found again: " + matchedCount);

        // Every 2023 library gets a place: the 2016 file's, else its postcode district's middle, else its authority's.
        LocalAuthorityRegister register;
        try (Reader csv = Files.newBufferedReader(SHARED_DATA.resolve("uk-local-authorities.csv"))) {
            register = LocalAuthorityRegister.read(csv);
        }
        PlaceFinder places = new PlaceFinder(known, register);
        java.util.Map<PlaceFinder.Precision, Long> byPrecision = new java.util.EnumMap<>(PlaceFinder.Precision.class);
        for (DatasetPreview.RowPreview row : preview.rows()) {
            PlaceFinder.Place place = places.placeOf(row.row(), row.match());
            assertTrue(place != null, "no place for " + row.row().name());
            byPrecision.merge(place.precision(), 1L, Long::sum);
        }
        System.out.println("2023 places: " + byPrecision);
        assertEquals(matchedCount, byPrecision.get(PlaceFinder.Precision.EARLIER_DATASET), "a library found again keeps its place");
    }
}
