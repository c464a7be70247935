package uk.cmlnetwork.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.library.AssetTransfer;
import uk.cmlnetwork.library.DirectoryCount;
import uk.cmlnetwork.library.DirectoryPage;
import uk.cmlnetwork.library.DirectorySearch;
import uk.cmlnetwork.library.DirectorySearch.OpenOrClosed;
import uk.cmlnetwork.library.DirectorySearch.Sort;
import uk.cmlnetwork.library.ColumnMapping;
import uk.cmlnetwork.library.DatasetFile;
import uk.cmlnetwork.library.DatasetImport;
import uk.cmlnetwork.library.DatasetPreview;
import uk.cmlnetwork.library.DayHours;
import uk.cmlnetwork.library.ImportCheck;
import uk.cmlnetwork.library.LibraryDatasetRecord;
import uk.cmlnetwork.library.PlaceFinder;
import uk.cmlnetwork.library.PublishedLibrary;
import uk.cmlnetwork.library.ServicePoint;
import uk.cmlnetwork.library.StartingDirectory;
import uk.cmlnetwork.library.ImportReport;
import uk.cmlnetwork.library.LegalForm;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryKeeper;
import uk.cmlnetwork.library.LibraryProfile;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.library.NearbyLibrary;
import uk.cmlnetwork.library.Outcome;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.RegionalGroup;

/** The library directory over a real database: import, search, near me, libraries like mine. */
abstract class DirectoryContract extends NetworkFixture {
    static final Path SHARED_DATA = Path.of("..", "..", "shared", "data");

    /** Stands for the library's editor: the directory only asks whether they may look after it. */
    private static final LibraryKeeper EDITOR = library -> true;

    private static Reader resource(String name) {
        return new InputStreamReader(DirectoryContract.class.getResourceAsStream("/directory/" + name), StandardCharsets.UTF_8);
    }

    private ImportReport importFile(String dataset, Reader rows, Reader authorities, ColumnMapping mapping) {
        return network.inTransaction(s -> s.datasetImport().apply(s.datasetImport().check(new DatasetFile(dataset,
                DatasetFile.OGL, rows, authorities, mapping, false)), Map.of()));
    }

    private ImportCheck check(String dataset, Reader rows, Reader authorities, ColumnMapping mapping) {
        return network.inTransaction(s -> s.datasetImport().check(new DatasetFile(dataset, DatasetFile.OGL, rows,
                authorities, mapping, false)));
    }

    private ImportReport importFixture() {
        return importFile("Fixture 2016", resource("libraries.csv"), resource("authorities.csv"), ColumnMapping.none());
    }

    private DirectoryPage search(DirectorySearch search) {
        return network.inTransaction(s -> s.libraryDirectory().search(search));
    }

    private static DirectorySearch text(String text) {
        return new DirectorySearch(text, null, false, null, null, null, null, OpenOrClosed.ANY, Sort.NAME, 1, 20);
    }

    private static List<String> names(DirectoryPage page) {
        return page.libraries().stream().map(Library::name).toList();
    }

    private Library named(String name) {
        return search(text(name)).libraries().get(0);
    }

    private String groupOf(Library library) {
        return network.inTransaction(s -> s.libraryDirectory().groupOf(library).code());
    }

    @Test
    void importsEveryRowWithANameWarnsOfOddValuesAndChangesNothingTheSecondTime() {
        ImportCheck check = check("Fixture 2016", resource("libraries.csv"), resource("authorities.csv"), ColumnMapping.none());
        assertEquals(List.of(7L), check.refused().stream().map(ImportReport.RowProblem::line).toList());
        assertTrue(check.refused().get(0).reason().contains("no library name"), check.refused().toString());
        assertEquals(List.of(6L, 8L, 11L), check.warned().stream().map(PublishedLibrary::line).toList());
        assertTrue(check.warned().get(0).warnings().get(0).contains("'NOT A CODE' is not a UK postcode: left blank"),
                check.warned().get(0).warnings().toString());
        assertEquals(9, check.count(DatasetPreview.Outcome.NEW));
        ImportReport first = importFixture();
        assertEquals(9, first.added());
        assertEquals(1, first.leftOut());

        Library wrington = named("Wrington");
        assertEquals("BS40 8XE", wrington.postcode());
        assertEquals("North Somerset", wrington.localAuthority());
        assertEquals(Region.SOUTH_WEST, wrington.region());
        assertEquals(RegionalGroup.GROUP_TWO, groupOf(wrington));
        assertEquals(ManagementType.CRL, wrington.managementType());
        assertEquals("https://wringtonlibrary.org.uk", wrington.website());
        assertNull(wrington.contactEmail(), "'None' is not an email address");
        assertEquals(Boolean.FALSE, wrington.statutory());
        assertEquals("12", wrington.openingHours());
        assertEquals(8.2, wrington.deprivationDecile());
        assertEquals("Fixture 2016", wrington.dataset());
        assertEquals(PlaceFinder.Precision.FROM_THE_FILE, wrington.placePrecision());
        Library closed = named("Old Town");
        assertEquals(ManagementType.XL, closed.managementType());
        assertEquals(2013, closed.closedYear());
        assertEquals(Region.LONDON, closed.region());
        assertEquals(RegionalGroup.GROUP_ONE, groupOf(closed));
        Library lostHours = named("Lost Hours");
        assertTrue(lostHours.location() != null && lostHours.placePrecision() == PlaceFinder.Precision.POSTCODE_DISTRICT
                || lostHours.placePrecision() == PlaceFinder.Precision.AUTHORITY, "placed roughly: " + lostHours.placePrecision());

        ImportReport again = importFixture();
        assertEquals(0, again.added());
        assertEquals(0, again.updated());
        assertEquals(9, again.unchanged());
        assertEquals(1, network.inTransaction(s -> s.libraryDirectory().history(wrington.id())).size(),
                "the same dataset saying the same again is not a second entry in the history");
    }

    @Test
    void aChangedRowUpdatesItsLibraryAndKeepsWhatTheLibraryEnteredItself() {
        importFixture();
        Library wrington = named("Wrington");
        LibraryProfile renamed = new LibraryProfile("Someone else's name", null, null, null, null, null, null, null,
                null, null, Set.of());
        DomainException refused = assertThrows(DomainException.class, () -> network.inTransaction(s -> s.libraryDirectory()
                .updateProfile(library -> false, wrington.id(), renamed)));
        assertTrue(refused.getMessage().contains("Only this library's editors"), refused.getMessage());
        network.inTransaction(s -> s.libraryDirectory().updateProfile(EDITOR, wrington.id(), new LibraryProfile(
                "Wrington Community Library", "Silver Street, Wrington", "BS40 8XE", "https://wringtonlibrary.org.uk",
                "hello@wringtonlibrary.org.uk", LibraryStage.SUSTAINING, LegalForm.CIO, AssetTransfer.LEASEHOLD, 24,
                "Lending, Rhyme time, Digital help", Set.of(Outcome.READING_AND_LITERACY, Outcome.STRONGER_COMMUNITIES))));
        String changed = """
                name,id,authority_id,address,postcode,lat,lng,statutory2016,type,closed,closed_year,hours,url,email,multiple,population
                Wrington Library,2,3,"Silver Street, Wrington",BS40 8XE,51.3617,-2.7636,f,CRL,,,14,wringtonlibrary.org.uk,,8.2,2500
                """;
        ImportCheck check = check("Fixture 2017", new java.io.StringReader(changed), resource("authorities.csv"), ColumnMapping.none());
        DatasetPreview.RowPreview row = check.rows(DatasetPreview.Outcome.UPDATED).get(0);
        assertTrue(row.changes().contains(new DatasetPreview.FieldChange("opening hours", "12", "14")), row.changes().toString());
        assertTrue(row.changes().contains(new DatasetPreview.FieldChange("name", "Wrington Community Library", "Wrington Library")),
                row.changes().toString());
        ImportReport report = network.inTransaction(s -> s.datasetImport().apply(check, Map.of()));
        assertEquals(1, report.updated());
        assertEquals(List.of("Fixture 2017", "Fixture 2016"), network.inTransaction(s -> s.libraryDirectory()
                .history(wrington.id())).stream().map(LibraryDatasetRecord::dataset).toList(), "newest first");
        Library read = network.inTransaction(s -> s.libraryDirectory().find(wrington.id()));
        assertEquals("Wrington Library", read.name());
        assertEquals("14", read.openingHours());
        assertEquals(LibraryStage.SUSTAINING, read.stage());
        assertEquals(LegalForm.CIO, read.legalForm());
        assertEquals(24, read.volunteers());
        assertEquals(Set.of(Outcome.READING_AND_LITERACY, Outcome.STRONGER_COMMUNITIES), read.outcomes());
        assertEquals(NOW, read.lastConfirmedAt());
    }

    @Test
    void otherHeadingsImportThroughAColumnMapping() {
        ColumnMapping mapping = ColumnMapping.parse("""
                # A later dataset with its own headings
                name = Library name
                authority = Local authority
                postcode = Post code
                latitude = Latitude
                longitude = Longitude
                management = Management
                """);
        ImportReport report = importFile("later", resource("other-headings.csv"), null, mapping);
        assertEquals(2, report.added());
        Library hillside = named("Hillside");
        assertEquals(ManagementType.CRL, hillside.managementType(), "the ACE code CR is community run");
        assertEquals(Region.SOUTH_WEST, hillside.region());
        assertEquals("later", hillside.dataset());

        InvalidInput wrongFile = assertThrows(InvalidInput.class, () -> check("x", resource("other-headings.csv"), null,
                ColumnMapping.none()));
        assertTrue(wrongFile.problems().get("mapping").contains("not those of a dataset the directory knows"), wrongFile.problems().toString());
        InvalidInput missing = assertThrows(InvalidInput.class, () -> check("x", resource("other-headings.csv"), null,
                ColumnMapping.parse("name = Library title\npostcode = Postcode")));
        assertTrue(missing.problems().get("mapping").contains("'Library title' (for name), 'Postcode' (for postcode)"),
                "every mapped heading that matches nothing, at once: " + missing.problems());
        InvalidInput wrongMapping = assertThrows(InvalidInput.class, () -> ColumnMapping.parse("colour = Blue\nname = Name\nsize"));
        assertTrue(wrongMapping.problems().get("mapping").contains("line 1 ('colour = Blue'), line 3 ('size')"), wrongMapping.getMessage());
    }

    @Test
    void searchesByTextAndFiltersWithPages() {
        importFixture();
        assertEquals(List.of("Wrington Community Library"), names(search(text("bs40"))), "postcode start");
        assertEquals(List.of("Banwell Independent Library", "Congresbury Library", "Wrington Community Library"),
                names(search(text("north somerset"))), "authority");
        assertEquals(List.of("Wells Library"), names(search(text("UNION street"))), "address, any case");
        assertEquals(List.of("Wrington Community Library"), names(search(text("ington comm"))), "any part of the words");
        assertEquals(List.of(), names(search(text("ingtonx"))), "every letter counts, not only the three-letter pieces");
        DirectorySearch communityOpen = new DirectorySearch(null, null, true, null, null, null, null, OpenOrClosed.OPEN,
                Sort.NAME, 1, 2);
        DirectoryPage first = search(communityOpen);
        assertEquals(4, first.total());
        assertEquals(2, first.pages());
        assertEquals(List.of("Banwell Independent Library", "Congresbury Library"), names(first));
        DirectoryPage second = search(new DirectorySearch(null, null, true, null, null, null, null, OpenOrClosed.OPEN,
                Sort.NAME, 2, 2));
        assertEquals(List.of("Far North Library", "Wrington Community Library"), names(second));
        assertEquals(List.of("Old Town Library"), names(search(new DirectorySearch(null, null, false, null, null, null,
                null, OpenOrClosed.CLOSED, Sort.NAME, 1, 20))));
        assertEquals(List.of("Far North Library"), names(search(new DirectorySearch(null, ManagementType.CRL, false,
                Region.NORTH_EAST, null, null, null, OpenOrClosed.ANY, Sort.NAME, 1, 20))));

        Library wrington = named("Wrington");
        network.inTransaction(s -> s.libraryDirectory().updateProfile(EDITOR, wrington.id(), new LibraryProfile(wrington.name(),
                null, "BS40 8XE", null, null, LibraryStage.IMPLEMENTING, null, null, null, null, Set.of(Outcome.PROSPERITY))));
        assertEquals(List.of("Wrington Community Library"), names(search(new DirectorySearch(null, null, false, null,
                null, LibraryStage.IMPLEMENTING, Outcome.PROSPERITY, OpenOrClosed.ANY, Sort.NAME, 1, 20))));
    }

    @Test
    void findsOpenLibrariesNearAPostcodeAndLibrariesLikeMine() {
        importFixture();
        List<NearbyLibrary> near = network.inTransaction(s -> s.libraryDirectory().near("bs408xe", 10));
        assertEquals(List.of("Wrington Community Library", "Congresbury Library", "Banwell Independent Library"),
                near.stream().map(n -> n.library().name()).toList());
        assertEquals("0.0 miles", near.get(0).distance());
        assertTrue(near.get(1).miles() > 1.5 && near.get(1).miles() < 3, near.get(1).distance());
        assertEquals(4, network.inTransaction(s -> s.libraryDirectory().near("BS40 8XE", 20)).size(), "Wells is 11.6 miles");
        // A postcode no library has is placed by its district.
        assertEquals("Wrington Community Library", network.inTransaction(s -> s.libraryDirectory()
                .near("BS40 5ZZ", 1)).get(0).library().name());
        InvalidInput unknown = assertThrows(InvalidInput.class,
                () -> network.inTransaction(s -> s.libraryDirectory().near("ZE1 0AA", 10)));
        assertTrue(unknown.getMessage().contains("We cannot place ZE1 0AA"), unknown.getMessage());
        assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.libraryDirectory().near("not a postcode", 10)));

        Library wrington = named("Wrington");
        List<NearbyLibrary> like = network.inTransaction(s -> s.libraryDirectory().likeMine(wrington.id(), 5));
        assertEquals(List.of("Congresbury Library", "Far North Library", "Banwell Independent Library"),
                like.stream().map(n -> n.library().name()).toList());
    }

    @Test
    void countsLibrariesByTypeAndRegion() {
        importFixture();
        List<DirectoryCount> counts = network.inTransaction(s -> s.libraryDirectory().summary());
        assertEquals(9, counts.stream().mapToLong(DirectoryCount::count).sum(), "each row with a name");
        assertTrue(counts.contains(new DirectoryCount(ManagementType.CRL, Region.SOUTH_WEST, 2)), counts.toString());
    }

    @Test
    void importsTheReal2016DatasetWhenItIsThere() throws IOException {
        Path libraries = SHARED_DATA.resolve("england-libraries-2016.csv");
        // The data is public but not ours to copy into the repository: a checkout without ../shared
        // beside it skips this test (the small fixture above still runs); CI always has it, so there
        // a missing file fails instead of skipping.
        if (System.getenv("CI") != null) {
            assertTrue(Files.exists(libraries), "CI runs with ../shared/data beside the project: " + libraries.toAbsolutePath());
        }
        Assumptions.assumeTrue(Files.exists(libraries), "../shared/data is not beside the project");
        ImportReport report;
        long started = System.nanoTime();
        try (Reader rows = Files.newBufferedReader(libraries);
             Reader authorities = Files.newBufferedReader(SHARED_DATA.resolve("england-library-authorities-2016.csv"))) {
            report = importFile("Taskforce 2016", rows, authorities, ColumnMapping.none());
        }
        System.out.printf("Imported %d libraries in %d ms%n", report.added(), (System.nanoTime() - started) / 1_000_000);
        assertEquals(0, report.leftOut());
        assertEquals(3238, report.added());
        Map<ManagementType, Long> byType = new EnumMap<>(ManagementType.class);
        network.inTransaction(s -> s.libraryDirectory().summary())
                .forEach(c -> byType.merge(c.type(), c.count(), Long::sum));
        assertEquals(2232L, byType.get(ManagementType.LAL));
        assertEquals(405L, byType.get(ManagementType.CL));
        assertEquals(308L, byType.get(ManagementType.CRL));
        assertEquals(41L, byType.get(ManagementType.ICL));
        assertEquals(252L, byType.get(ManagementType.XL) + byType.get(ManagementType.XLR) + byType.get(ManagementType.XLT));
        assertEquals(List.of(), network.inTransaction(s -> s.libraryDirectory().all()).stream().filter(l -> l.region() == null)
                .map(Library::localAuthority).distinct().toList(), "every authority has a region");
        try (Reader rows = Files.newBufferedReader(libraries);
             Reader authorities = Files.newBufferedReader(SHARED_DATA.resolve("england-library-authorities-2016.csv"))) {
            ImportReport again = importFile("Taskforce 2016", rows, authorities, ColumnMapping.none());
            assertEquals(0, again.added());
            assertEquals(3238, again.unchanged() + again.leftOut());
        }
    }

    private static Reader dataset(String name) {
        return new InputStreamReader(DirectoryContract.class.getResourceAsStream("/datasets/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void aUkFileLeavesOutRowsFromOutsideEnglandAndWalesUnlessChosenAndRecordsClosures() {
        ImportCheck check = check("UK 2025", dataset("uk-schema-small.csv"), null, ColumnMapping.none());
        assertEquals(List.of("The Mitchell Library"), check.outsideArea().stream().map(PublishedLibrary::name).toList());
        assertEquals(4, check.count(DatasetPreview.Outcome.NEW));
        network.inTransaction(s -> s.datasetImport().apply(check, Map.of()));
        Library central = network.inTransaction(s -> {
            Library found = s.libraryDirectory().find(named("Bristol Central").id());
            found.openingTimes().size(); // read within the transaction
            return found;
        });
        assertEquals(List.of("MONDAY 09:30-17:00 / 08:00-09:30", "SATURDAY 10:00-16:00 / null"), central.openingTimes().stream()
                .map(t -> t.day() + " " + t.staffed() + " / " + t.unstaffed()).toList(), "the UK schema's hours per day");
        assertEquals("Closed on bank holidays", central.specialHours());
        Library cathays = named("Cathays");
        assertEquals(Region.WALES, cathays.region());
        assertEquals(RegionalGroup.GROUP_TWO, groupOf(cathays));
        assertEquals(PlaceFinder.Precision.AUTHORITY, cathays.placePrecision(), "the file gives no place: its authority's middle");
        Library closed = named("Old Quay");
        assertEquals(ManagementType.XL, closed.managementType(), "a year closed is a closure");
        assertEquals(2010, closed.closedYear());
        assertEquals(ServicePoint.MOBILE, named("Bristol Mobile").servicePoint());
        assertEquals(0, search(text("Mitchell")).total());
        assertEquals(List.of("Bristol Mobile"), names(search(new DirectorySearch(null, null, false, null, null, null, null,
                OpenOrClosed.ANY, Sort.NAME, 1, 20, ServicePoint.MOBILE, null))));
        assertEquals(List.of("Bristol Central Library", "Bristol Mobile", "Cathays Library", "Old Quay Library"),
                names(search(new DirectorySearch(null, null, false, null, null, null, null, OpenOrClosed.ANY, Sort.NAME, 1, 20,
                        null, RegionalGroup.GROUP_TWO))), "Wales is in Group Two with the South West");
        assertEquals(List.of(), names(search(new DirectorySearch(null, null, false, null, null, null, null, OpenOrClosed.ANY,
                Sort.NAME, 1, 20, null, RegionalGroup.GROUP_ONE))));

        ImportCheck chosen = network.inTransaction(s -> s.datasetImport().check(new DatasetFile("UK 2025", DatasetFile.OGL,
                dataset("uk-schema-small.csv"), null, ColumnMapping.none(), true)));
        assertEquals(List.of(), chosen.outsideArea());
        assertEquals(1, chosen.count(DatasetPreview.Outcome.NEW), "only the Scottish row is new: the others are known now");
    }

    @Test
    void anAmbiguousRowIsWrittenAsTheCoordinatorDecides() {
        importFixture();
        // Two libraries in one building: a row naming neither exactly could be either.
        String twoHere = """
                name,id,authority_id,address,postcode,lat,lng,statutory2016,type,closed,closed_year
                Wells Library,1,2,"Union Street, Wells",BA5 2PU,51.2094,-2.6478,t,LAL,,
                Wells Children's Library,11,2,"Union Street, Wells",BA5 2PU,51.2094,-2.6478,t,LAL,,
                """;
        ImportCheck first = check("Fixture 2016", new java.io.StringReader(twoHere), resource("authorities.csv"), ColumnMapping.none());
        DatasetPreview.RowPreview second = first.rows(DatasetPreview.Outcome.AMBIGUOUS).get(0);
        assertEquals("Wells Children's Library", second.row().name(), "it could be Wells Library, already matched by line 2");
        assertEquals(1, network.inTransaction(s -> s.datasetImport().apply(first, Map.of(second.row().line(), DatasetImport.ADD_AS_NEW)))
                .added());
        String later = """
                reporting,name,address1,authority,postcode,type,operation_23,closed,opened
                Somerset,Wells Town Library,Union Street,Somerset,BA5 2PU,Static Library,CR,,
                """;
        ImportCheck check = check("ACE 2023", new java.io.StringReader(later), null, ColumnMapping.none());
        DatasetPreview.RowPreview row = check.rows(DatasetPreview.Outcome.AMBIGUOUS).get(0);
        assertEquals(2, row.candidates().size());
        long before = network.inTransaction(s -> s.libraryDirectory().all()).size();
        ImportReport leftOut = network.inTransaction(s -> s.datasetImport().apply(check, Map.of()));
        assertEquals(1, leftOut.leftOut(), "undecided: left out");
        Library children = row.candidates().stream().filter(l -> l.name().contains("Children")).findFirst().orElseThrow();
        ImportCheck again = check("ACE 2023", new java.io.StringReader(later), null, ColumnMapping.none());
        ImportReport chosen = network.inTransaction(s -> s.datasetImport().apply(again, Map.of(row.row().line(), children.id().value())));
        assertEquals(1, chosen.updated());
        assertEquals(before, network.inTransaction(s -> s.libraryDirectory().all()).size(), "no library added");
        assertEquals(ManagementType.CRL, network.inTransaction(s -> s.libraryDirectory().find(children.id())).managementType());

        DomainException stale = assertThrows(DomainException.class, () -> network.inTransaction(s -> s.datasetImport()
                .apply(check, Map.of())));
        assertTrue(stale.getMessage().contains("changed since this file was checked"), stale.getMessage());
    }

    @Test
    void theStartingDirectoryIsEveryLibraryOfEnglandAndWalesOnceWithARegionAndAPlace() {
        long started = System.nanoTime();
        List<ImportReport> reports = network.inTransaction(s -> s.startingDirectory().loadIfEmpty());
        System.out.printf("Starting directory loaded in %d ms: %s%n", (System.nanoTime() - started) / 1_000_000, reports);
        List<Library> all = network.inTransaction(s -> s.libraryDirectory().all());
        assertEquals(3487, reports.get(0).added(), "every row of the 2023 file");
        assertEquals(all.size(), reports.get(0).added() + reports.get(1).added());
        List<Library> england = all.stream().filter(l -> l.region() != Region.WALES).toList();
        List<Library> openStatic = england.stream().filter(l -> l.managementType().isOpen() && l.servicePoint() == ServicePoint.STATIC).toList();
        assertEquals(2877, openStatic.size(), "the sector's headline count");
        assertEquals(418, openStatic.stream().filter(l -> l.managementType() == ManagementType.CRL).count());
        assertEquals(76, openStatic.stream().filter(l -> l.managementType() == ManagementType.ICL).count());
        assertEquals(List.of(), all.stream().filter(l -> l.region() == null || l.location() == null).map(Library::name).toList(),
                "every library has a region and a place");
        Map<String, Long> counts = new java.util.TreeMap<>();
        all.forEach(l -> counts.merge((l.region() == Region.WALES ? "Wales" : "England") + ", "
                + (l.servicePoint() == null ? "?" : l.servicePoint().label()) + ", " + l.managementType().label(), 1L, Long::sum));
        counts.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        Map<PlaceFinder.Precision, Long> precision = new EnumMap<>(PlaceFinder.Precision.class);
        all.forEach(l -> precision.merge(l.placePrecision(), 1L, Long::sum));
        System.out.println("  places: " + precision);
        assertEquals(List.of(), network.inTransaction(s -> s.startingDirectory().loadIfEmpty()), "only into an empty directory");
        ImportCheck again = check(StartingDirectory.ENGLAND_NAME, new InputStreamReader(DirectoryContract.class.getResourceAsStream(
                "/uk/cmlnetwork/library/data/england-libraries-2023.csv"), StandardCharsets.UTF_8), null, ColumnMapping.none());
        assertEquals(3487, again.count(DatasetPreview.Outcome.UNCHANGED), "the same file again changes nothing, every row"
                + " matched to its own library: " + again.rows(DatasetPreview.Outcome.AMBIGUOUS).stream()
                .map(r -> r.row().name()).toList());
        Library any = all.get(0);
        assertEquals(StartingDirectory.ENGLAND_NAME.equals(any.dataset()) || StartingDirectory.WALES_NAME.equals(any.dataset()), true);
        assertEquals(DatasetFile.OGL, network.inTransaction(s -> s.libraryDirectory().history(any.id())).get(0).attribution());
    }

    @Test
    void the2023DatasetUpdatesThe2016LibrariesInPlaceWithoutDuplicates() throws IOException {
        Path old = SHARED_DATA.resolve("england-libraries-2016.csv");
        if (System.getenv("CI") != null) {
            assertTrue(Files.exists(old), "CI runs with ../shared/data beside the project: " + old.toAbsolutePath());
        }
        Assumptions.assumeTrue(Files.exists(old), "../shared/data is not beside the project");
        try (Reader rows = Files.newBufferedReader(old);
             Reader authorities = Files.newBufferedReader(SHARED_DATA.resolve("england-library-authorities-2016.csv"))) {
            importFile("Taskforce 2016", rows, authorities, ColumnMapping.none());
        }
        long started = System.nanoTime();
        ImportCheck check;
        try (Reader rows = Files.newBufferedReader(SHARED_DATA.resolve("england-libraries-2023.csv"))) {
            check = check("ACE 2023", rows, null, ColumnMapping.none());
        }
        ImportReport report = network.inTransaction(s -> s.datasetImport().apply(check, Map.of()));
        System.out.printf("2016 then 2023, checked and applied in %d ms: %d new, %d updated (%d closed, %d reopened),"
                        + " %d unchanged, %d left out (%d ambiguous); %d known libraries not in the 2023 file%n",
                (System.nanoTime() - started) / 1_000_000, report.added(), report.updated(), report.closed(), report.reopened(),
                report.unchanged(), report.leftOut(), check.count(DatasetPreview.Outcome.AMBIGUOUS), check.preview().notInFile().size());
        assertEquals(3487, report.added() + report.updated() + report.unchanged() + report.leftOut(), "every row accounted for");
        List<Library> all = network.inTransaction(s -> s.libraryDirectory().all());
        assertEquals(3238 + report.added(), all.size(), "a 2016 library the 2023 file describes is updated, not added again");
        assertTrue(report.updated() > 2500, "most libraries are the same ones: " + report.updated());
        long described = all.stream().filter(l -> "ACE 2023".equals(l.dataset())).count();
        assertEquals(3487 - report.leftOut(), described, "each row written onto its own library: none twice");
    }

    @Test
    void anEditorKeepsThePhoneAccessibilityAndOpeningHoursAndASuggestionLeavesThemAlone() {
        importFixture();
        Library wrington = named("Wrington");
        java.util.List<DayHours> hours = java.util.List.of(new DayHours(java.time.DayOfWeek.SATURDAY, "10am to 12:30pm", null),
                new DayHours(java.time.DayOfWeek.MONDAY, "2pm to 5pm", "9am to 2pm (self-service)"),
                new DayHours(java.time.DayOfWeek.TUESDAY, " ", ""));
        LibraryProfile profile = new LibraryProfile("Wrington Community Library", null, "BS40 8XE", null, null, null, null,
                null, null, null, Set.of(), "01934 862 000", "Step-free entrance; hearing loop at the desk",
                "Closed on bank holidays", hours);
        network.inTransaction(s -> s.libraryDirectory().updateProfile(EDITOR, wrington.id(), profile));
        Library read = network.inTransaction(s -> {
            Library l = s.libraryDirectory().find(wrington.id());
            l.openingTimes().size();
            return l;
        });
        assertEquals("01934 862 000", read.phone());
        assertEquals("Step-free entrance; hearing loop at the desk", read.accessibility());
        assertEquals(List.of("Monday", "Saturday"), read.openingTimes().stream().map(t -> t.dayName()).toList(),
                "a blank day is closed; Monday first");
        assertEquals("9am to 2pm (self-service)", read.openingTimes().get(0).unstaffed());

        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.libraryDirectory()
                .updateProfile(EDITOR, wrington.id(), new LibraryProfile("Wrington Community Library", null, null, null, null,
                        null, null, null, null, null, Set.of(), "call us", null, null, java.util.List.of(new DayHours(
                        java.time.DayOfWeek.FRIDAY, "x".repeat(101), null))))));
        assertTrue(tooLong.problems().containsKey("phone") && tooLong.problems().containsKey("staffed-FRIDAY"),
                "every field at once: " + tooLong.problems());
        InvalidInput dayTooLong = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.libraryDirectory()
                .updateProfile(EDITOR, wrington.id(), new LibraryProfile("Wrington Community Library", null, null, null, null,
                        null, null, null, null, null, Set.of(), null, null, null, java.util.List.of(new DayHours(
                        java.time.DayOfWeek.FRIDAY, "x".repeat(101), null))))));
        assertTrue(dayTooLong.problems().get("staffed-FRIDAY").startsWith("Friday's staffed hours"), dayTooLong.problems().toString());

        // A profile saved without the visiting details (an accepted correction) keeps them.
        network.inTransaction(s -> s.libraryDirectory().updateProfile(EDITOR, wrington.id(), new LibraryProfile(
                "Wrington Community Library", null, "BS40 8XE", null, null, null, null, null, null, null, Set.of())));
        assertEquals("01934 862 000", network.inTransaction(s -> s.libraryDirectory().find(wrington.id())).phone());
    }
}
