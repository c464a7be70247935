package uk.cmlnetwork.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cmlnetwork.library.AddLibrary;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.ManagementType;

/** A network kept in a Derby folder is still there when it is opened again. */
class DerbyFolderTest {
    @TempDir
    Path folder;

    @Test
    void keepsWhatWasSavedAcrossCloseAndReopen() {
        LibraryId id;
        try (CmlNetwork network = CmlNetwork.openDerby(folder.resolve("cml"))) {
            id = network.inTransaction(s -> s.libraryDirectory().add(new AddLibrary("Kept Library", null, null, null,
                    null, ManagementType.ICL, null, null, null)).id());
        }
        try (CmlNetwork reopened = CmlNetwork.openDerby(folder.resolve("cml"))) {
            Library library = reopened.inTransaction(s -> s.libraryDirectory().find(id));
            assertEquals("Kept Library", library.name());
        }
    }
}
