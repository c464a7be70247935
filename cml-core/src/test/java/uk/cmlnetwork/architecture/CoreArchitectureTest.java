package uk.cmlnetwork.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core runs in plain Java SE: no container APIs, and the domain knows nothing of its storage. */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.cmlnetwork");

    @Test
    void coreUsesNoContainerApis() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.enterprise..", "jakarta.inject..", "jakarta.ejb..", "jakarta.transaction..",
                        "jakarta.faces..", "jakarta.servlet..", "jakarta.ws..",
                        "javax.enterprise..", "javax.inject..", "javax.ejb..", "javax.transaction..",
                        "javax.faces..", "javax.servlet..")
                .because("cml-core must run in plain Java SE, without a container")
                .check(CORE);
    }

    /** Where the ports meet the outside world; every other package of the core is the domain. */
    private static final String[] ADAPTERS = {"uk.cmlnetwork.jpa..", "uk.cmlnetwork.embedded..", "uk.cmlnetwork.files.."};

    @Test
    void domainDoesNotDependOnStorageOrProviders() {
        noClasses().that().resideOutsideOfPackages(ADAPTERS)
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.eclipse.persistence..", "liquibase..",
                        "org.hibernate..", "java.sql..", "java.nio.file..")
                .because("repository ports live in the domain and their implementations outside it")
                .check(CORE);
    }
}
