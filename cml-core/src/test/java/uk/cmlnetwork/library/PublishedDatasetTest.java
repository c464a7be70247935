package uk.cmlnetwork.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reading the published formats by their headings: the project's small messy fixtures, and the real files when present. */
class PublishedDatasetTest {
    private static final Path SHARED_DATA = Path.of("..", "..", "shared", "data");

    private static PublishedDataset.Reading fixture(String name) throws IOException {
        try (Reader csv = new InputStreamReader(PublishedDatasetTest.class.getResourceAsStream("/datasets/" + name),
                StandardCharsets.UTF_8)) {
            return PublishedDataset.read(csv);
        }
    }

    private static PublishedDataset.Reading shared(String file) throws IOException {
        Path path = SHARED_DATA.resolve(file);
        if (System.getenv("CI") != null) {
            assertTrue(Files.exists(path), "CI runs with ../shared/data beside the project: " + path.toAbsolutePath());
        }
        Assumptions.assumeTrue(Files.exists(path), "../shared/data is not beside the project");
        try (Reader csv = Files.newBufferedReader(path)) {
            return PublishedDataset.read(csv);
        }
    }

    @Test
    void anAceFileIsReadWithItsOddValuesLeftBlankAndWarned() throws IOException {
        PublishedDataset.Reading read = fixture("ace-messy.csv");
        assertEquals(PublishedFormat.ACE_BASIC, read.format(), "recognised despite the byte-order mark");
        Map<String, PublishedLibrary> byName = read.libraries().stream()
                .collect(Collectors.toMap(l -> l.name().substring(0, Math.min(20, l.name().length())), Function.identity()));
        PublishedLibrary wells = byName.get("Wells Library");
        assertEquals("BA5 2PU", wells.postcode());
        assertEquals(1985, wells.openedYear(), "1985c is read as about 1985");
        assertTrue(wells.warnings().get(0).contains("read as 1985"), wells.warnings().toString());
        assertEquals(ManagementType.LAL, wells.management());
        assertTrue(wells.isOpenStaticLibrary());
        PublishedLibrary glastonbury = byName.get("Glastonbury Communit");
        assertEquals(ManagementType.CRL, glastonbury.management(), "the latest year's operation");
        assertNull(glastonbury.openedYear(), "[Unknown] is left blank");
        assertEquals(false, glastonbury.statutory(), "the latest year's statutory flag");
        PublishedLibrary mobile = byName.get("Frome Mobile");
        assertEquals(ServicePoint.MOBILE, mobile.servicePoint());
        assertNull(mobile.postcode());
        assertTrue(mobile.warnings().get(0).contains("not a UK postcode"), "kept, not refused");
        PublishedLibrary closed = byName.get("Old Street Library");
        assertEquals(ManagementType.XL, closed.management());
        assertEquals(2019, closed.closedYear());
        assertEquals(ManagementType.XLT, byName.get("Shepton Library").management(), "temporarily closed");
        PublishedLibrary longName = byName.get("A very long library ");
        assertEquals(200, longName.name().length(), "a long name is cut, not the whole import refused");
        assertEquals(ManagementType.ICL, longName.management());
        assertEquals(List.of(7L), read.refused().stream().map(p -> p.line()).toList(), "only the row without a name");
    }

    @Test
    void theWelshFileIsReadWithoutMailtoAndWithItsClosures() throws IOException {
        PublishedDataset.Reading read = fixture("wales-small.csv");
        assertEquals(PublishedFormat.WALES, read.format());
        PublishedLibrary amlwch = read.libraries().get(0);
        assertEquals("kbxlh@anglesey.gov.uk", amlwch.email());
        assertEquals("W06000001", amlwch.authorityCode());
        assertEquals(ServicePoint.STATIC, amlwch.servicePoint());
        assertEquals(ManagementType.LAL, amlwch.management());
        assertEquals(true, amlwch.statutory());
        PublishedLibrary closed = read.libraries().get(1);
        assertEquals(ManagementType.XL, closed.management(), "a file that gives only a year closed: closed");
        assertEquals(2014, closed.closedYear());
        assertEquals(1, read.refused().size());
    }

    @Test
    void aFileOfUnknownHeadingsIsNamedAsSuch() {
        uk.cmlnetwork.shared.InvalidInput unknown = assertThrows(uk.cmlnetwork.shared.InvalidInput.class,
                () -> PublishedDataset.read(new StringReader("Branch,Town\nWells,Wells\n")));
        assertTrue(unknown.getMessage().contains("Branch, Town"), unknown.getMessage());
        assertEquals(PublishedFormat.UK_SCHEMA, PublishedFormat.recognise(List.of("Local authority", "Library name",
                "Type of library", "Monday staffed hours")).orElseThrow());
    }

    @Test
    void theAce2023FileGivesTheSectorsHeadlineCounts() throws IOException {
        PublishedDataset.Reading read = shared("england-libraries-2023.csv");
        assertEquals(PublishedFormat.ACE_BASIC, read.format());
        assertEquals(3487, read.libraries().size() + read.refused().size());
        List<PublishedLibrary> openStatic = read.libraries().stream().filter(PublishedLibrary::isOpenStaticLibrary).toList();
        assertEquals(2877, openStatic.size(), "open static libraries in 2023");
        assertEquals(418, openStatic.stream().filter(l -> l.management() == ManagementType.CRL).count(), "community run");
        assertEquals(76, openStatic.stream().filter(l -> l.management() == ManagementType.ICL).count(), "independent");
        assertTrue(read.libraries().stream().anyMatch(l -> l.servicePoint() == ServicePoint.PRISON));
    }

    @Test
    void theRealWelshAnd2016FilesAreRecognised() throws IOException {
        PublishedDataset.Reading wales = shared("wales-libraries.csv");
        assertEquals(PublishedFormat.WALES, wales.format());
        assertEquals(265, wales.libraries().size() + wales.refused().size());
        assertTrue(wales.libraries().stream().noneMatch(l -> l.email() != null && l.email().startsWith("mailto:")));
        PublishedDataset.Reading taskforce = shared("england-libraries-2016.csv");
        assertEquals(PublishedFormat.TASKFORCE_2016, taskforce.format());
        assertTrue(taskforce.libraries().stream().filter(l -> l.management() != null && l.management().isClosed()).count() > 200,
                "the closed rows are read, not refused");
    }
}
