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

    @Test
    void domainDoesNotDependOnStorageOrProviders() {
        noClasses().that().resideInAnyPackage("uk.cmlnetwork.member..", "uk.cmlnetwork.library..",
                        "uk.cmlnetwork.event..", "uk.cmlnetwork.resource..", "uk.cmlnetwork.shared..",
                        "uk.cmlnetwork.privacy..", "uk.cmlnetwork.mail..", "uk.cmlnetwork.newsletter..",
                        "uk.cmlnetwork.post..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.cmlnetwork.jpa..", "uk.cmlnetwork.embedded..",
                        "uk.cmlnetwork.jdbc..", "org.eclipse.persistence..", "liquibase..", "org.hibernate..",
                        "java.sql..")
                .because("repository ports live in the domain and their JPA implementations outside it")
                .check(CORE);
    }
}
