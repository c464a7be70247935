package uk.cmlnetwork.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.web.page.SpreadsheetCsv;

/**
 * The web module's shape: one package per feature over a few shared ones, no cycles between them, pages
 * and resources going through facades, facades and a few named steps holding the transactions, and no
 * state kept in static fields.
 */
class WebArchitectureTest {
    static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.cmlnetwork.web");

    /** A core service: a plain class taking its ports (interfaces of the core) in its constructor. */
    static final DescribedPredicate<JavaClass> CORE_SERVICE = DescribedPredicate.describe("a core service",
            c -> c.getPackageName().startsWith("uk.cmlnetwork.") && !c.getPackageName().startsWith("uk.cmlnetwork.web")
                    && !c.isInterface() && c.getConstructors().stream().anyMatch(constructor ->
                    constructor.getRawParameterTypes().stream().anyMatch(p -> p.isInterface()
                            && p.getPackageName().startsWith("uk.cmlnetwork."))));

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("uk.cmlnetwork.web.(*)..").should().beFreeOfCycles().check(WEB);
    }

    @Test
    void pagesAndResourcesGoThroughFacades() {
        noClasses().that().haveSimpleNameEndingWith("Page").or().haveSimpleNameEndingWith("Pages")
                .or().haveSimpleNameEndingWith("Resource").or().haveSimpleNameEndingWith("Servlet")
                .should().dependOnClassesThat(CORE_SERVICE)
                .because("a page or resource calls one facade, which owns the transaction")
                .check(WEB);
    }

    @Test
    void facadesUseTheCoreNotPages() {
        noClasses().that().haveSimpleNameEndingWith("Facade")
                .should().dependOnClassesThat(DescribedPredicate.describe("a page or resource of the web module",
                        c -> c.getPackageName().startsWith("uk.cmlnetwork.web") && (c.getSimpleName().endsWith("Page")
                                || c.getSimpleName().endsWith("Resource") || c.getSimpleName().endsWith("Servlet"))))
                .check(WEB);
    }

    @Test
    void onlyTheWiringAndStartUpKnowHowTheCoreIsStored() {
        noClasses().that().resideOutsideOfPackages("uk.cmlnetwork.web.setup..", "uk.cmlnetwork.web.startup..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.cmlnetwork.jpa..", "uk.cmlnetwork.embedded..",
                        "uk.cmlnetwork.files..", "jakarta.persistence..")
                .check(WEB);
    }

    @Test
    void transactionsBelongToFacadesTheSendersStepsAndStartUp() {
        classes().that().areAnnotatedWith(Transactional.class)
                .or(DescribedPredicate.describe("have a @Transactional method",
                        c -> c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Transactional.class))))
                .should().haveSimpleNameEndingWith("Facade").orShould().haveSimpleNameEndingWith("Steps")
                .orShould().resideInAPackage("uk.cmlnetwork.web.startup")
                .check(WEB);
    }

    @Test
    void backgroundWorkIsScheduledInOnePlace() {
        noClasses().that().doNotHaveSimpleName("BackgroundWork")
                .should().callMethodWhere(DescribedPredicate.describe("a scheduler's schedule method",
                        call -> call.getTarget().getName().startsWith("schedule")
                                && call.getTargetOwner().isAssignableTo(java.util.concurrent.ScheduledExecutorService.class)))
                .because("one background-work mechanism: BackgroundWork lists everything that runs by itself")
                .check(WEB);
    }

    @Test
    void everyCsvIsWrittenByTheOneSpreadsheetSafeWriter() {
        noClasses().that().doNotHaveFullyQualifiedName(SpreadsheetCsv.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
                .check(WEB);
    }

    /**
     * A site on several servers keeps its sessions in the database (cml.sessions=database), which serializes
     * them: a page or session bean must then be serializable in every field it keeps. A field of a type that
     * is not is written nowhere and the page breaks on the other server; so does an injected field marked
     * transient (it comes back empty). An injected bean must have a normal scope (a facade is application
     * scoped), so that what is kept is its serializable proxy.
     */
    @Test
    void sessionAndViewBeansKeepOnlySerializableFields() {
        classes().that().areAnnotatedWith(jakarta.faces.view.ViewScoped.class)
                .or().areAnnotatedWith(jakarta.enterprise.context.SessionScoped.class)
                .should(keepOnlySerializableFields()).check(WEB);
    }

    static ArchCondition<JavaClass> keepOnlySerializableFields() {
        return new ArchCondition<>("keep only serializable fields") {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                if (!owner.isAssignableTo(java.io.Serializable.class)) {
                    events.add(SimpleConditionEvent.violated(owner, owner.getName() + " is not Serializable"));
                }
                for (JavaField field : owner.getFields()) {
                    if (field.isAnnotatedWith(jakarta.inject.Inject.class)) {
                        JavaClass bean = field.getRawType();
                        boolean proxied = bean.isAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
                                || bean.isAnnotatedWith(jakarta.enterprise.context.RequestScoped.class)
                                || bean.isAnnotatedWith(jakarta.enterprise.context.SessionScoped.class);
                        if (field.getModifiers().contains(JavaModifier.TRANSIENT) || !proxied) {
                            events.add(SimpleConditionEvent.violated(field, field.getFullName()
                                    + " is injected: it must not be transient, and must be of a bean with a normal scope"));
                        }
                        continue;
                    }
                    boolean kept = !field.getModifiers().contains(JavaModifier.STATIC)
                            && !field.getModifiers().contains(JavaModifier.TRANSIENT);
                    JavaClass type = field.getRawType().getBaseComponentType(); // an array: what it holds
                    boolean serializable = type.isPrimitive() || type.isInterface() || type.isAssignableTo(java.io.Serializable.class);
                    if (kept && !serializable) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is of " + type.getName()
                                + ", which is not Serializable"));
                    }
                }
            }
        };
    }

    @Test
    void noStateInStaticFieldsOutsideNamedCaches() {
        classes().that().haveSimpleNameNotEndingWith("Cache").should(keepNoStateInStaticFields()).check(WEB);
    }

    /**
     * Static fields are constants: final, and not set up (in the class's static initialiser) with a
     * collection, map or counter that can change.
     */
    static ArchCondition<JavaClass> keepNoStateInStaticFields() {
        return new ArchCondition<>("keep no state in static fields") {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                for (JavaField field : owner.getFields()) {
                    if (field.getModifiers().contains(JavaModifier.STATIC) && !field.getModifiers().contains(JavaModifier.FINAL)
                            && !field.getName().startsWith("$")) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is static and not final"));
                    }
                }
                owner.getStaticInitializer().ifPresent(init -> init.getCallsFromSelf().forEach(call -> {
                    JavaClass made = call.getTargetOwner();
                    boolean newState = call.getName().equals("<init>") && MUTABLE.test(made)
                            || made.isEquivalentTo(Collections.class) && call.getName().startsWith("synchronized");
                    if (newState) {
                        events.add(SimpleConditionEvent.violated(owner, owner.getName()
                                + " keeps changing state in a static field (" + call.getDescription() + ")"));
                    }
                }));
            }
        };
    }

    private static final DescribedPredicate<JavaClass> MUTABLE = DescribedPredicate.describe("a mutable holder",
            type -> type.isAssignableTo(Map.class) || type.isAssignableTo(Collection.class)
                    || type.isAssignableTo(AtomicInteger.class) || type.isAssignableTo(AtomicLong.class)
                    || type.isAssignableTo(AtomicBoolean.class) || type.isAssignableTo(AtomicReference.class));
}
