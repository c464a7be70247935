package uk.cmlnetwork.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The UK local authorities register finds every authority the shipped datasets name, with its nation and region. */
class LocalAuthorityRegisterTest {
    private static final Path SHARED_DATA = Path.of("..", "..", "shared", "data");

    private static Path shared(String file) {
        Path path = SHARED_DATA.resolve(file);
        if (System.getenv("CI") != null) {
            assertTrue(Files.exists(path), "CI runs with ../shared/data beside the project: " + path.toAbsolutePath());
        }
        Assumptions.assumeTrue(Files.exists(path), "../shared/data is not beside the project");
        return path;
    }

    @Test
    void everyAuthorityOfTheEnglishAndWelshFilesIsFoundWithItsNationAndRegion() throws IOException {
        LocalAuthorityRegister register;
        try (Reader csv = Files.newBufferedReader(shared("uk-local-authorities.csv"))) {
            register = LocalAuthorityRegister.read(csv);
        }
        PublishedDataset.Reading england;
        try (Reader csv = Files.newBufferedReader(shared("england-libraries-2023.csv"))) {
            england = PublishedDataset.read(csv);
        }
        List<String> unknown = england.libraries().stream().map(PublishedLibrary::authority).distinct()
                .filter(name -> register.find(name).isEmpty()).toList();
        assertEquals(List.of(), unknown, "every authority of the ACE 2023 file is in the register");
        assertTrue(england.libraries().stream().allMatch(l -> "England".equals(register.find(l.authority()).orElseThrow().nation())));
        assertEquals("South West", register.find("Bath & North East Somerset Council").orElseThrow().region());
        assertTrue(england.libraries().stream().allMatch(l -> register.find(l.authority()).orElseThrow().networkRegion().isPresent()),
                "every English library gets its region");

        PublishedDataset.Reading wales;
        try (Reader csv = Files.newBufferedReader(shared("wales-libraries.csv"))) {
            wales = PublishedDataset.read(csv);
        }
        assertTrue(wales.libraries().stream().allMatch(l -> register.find(l.authorityCode())
                .map(a -> a.nation().equals("Wales") && a.networkRegion().orElseThrow() == uk.cmlnetwork.shared.Region.WALES)
                .orElse(false)), "every Welsh library's authority code is a Welsh authority, in the region Wales");
        assertTrue(register.find("Aberdeenshire").map(a -> !a.isInEnglandOrWales()).orElse(false), "Scotland is outside the network's area");
    }
}
