package uk.cmlnetwork.ear.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.cmlnetwork.library.AddLibrary;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryDirectory;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.web.library.LibrariesFacade;

/**
 * Inside a managed Open Liberty: the core services, produced by CDI over the container's JTA
 * persistence unit, store and read back through the real data source, and roll back with the transaction.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryDirectoryInServerIT {

    @Deployment
    static WebArchive application() {
        return Deployments.application(LibraryDirectoryInServerIT.class);
    }

    @Inject
    LibrariesFacade libraries;

    @Inject
    LibraryDirectory directory;

    @Inject
    UserTransaction transaction;

    static AddLibrary library(String name) {
        return new AddLibrary(name, "1 High Street", "bs408xe", "North Somerset", Region.SOUTH_WEST,
                ManagementType.ICL, LibraryStage.IMPLEMENTING, null, null);
    }

    @Test
    void storesThroughTheFacadesTransactionAndReadsItBack() {
        Library added = libraries.add(library("Arquillian Community Library"));
        Library read = libraries.find(added.id());
        assertEquals("Arquillian Community Library", read.name());
        assertEquals("BS40 8XE", read.postcode());
    }

    @Test
    void theProducedServiceJoinsTheCallersJtaTransaction() throws Exception {
        transaction.begin();
        Library added = directory.add(library("Rolled Back Library"));
        transaction.rollback();
        assertThrows(NotFound.class, () -> libraries.find(added.id()));
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingSaved() {
        int before = libraries.all().size();
        InvalidInput refused = assertThrows(InvalidInput.class, () -> libraries.add(library(" ")));
        assertTrue(refused.problems().containsKey("name"));
        assertEquals(before, libraries.all().size());
    }
}
