package jp.tomoni;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rules library: the auction core is plain Java (no framework, no I/O, no clock, no floating point); the
 * scenario format and {@code replay} sit on it, and only {@code replay} reads files; no package cycles.
 */
class RulesArchitectureTest {

    /** This module's own main classes (the tests run in the module's folder). */
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target", "classes"));
    private static final String CORE = "jp.tomoni.core..";

    @Test
    void theCoreDependsOnNoFrameworkAndNoAdapter() {
        noClasses().that().resideInAPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..", "tools.jackson..",
                        "com.fasterxml..", "jakarta..", "org.flywaydb..", "jp.tomoni.replay..", "jp.tomoni.json..")
                .check(MAIN);
    }

    @Test
    void theLibraryHasNoPackageCycles() {
        slices().matching("jp.tomoni.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theScenarioFormatSitsOnTheCoreAndOnlyReplayReadsFiles() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("jp.tomoni..").withOptionalLayers(true)
                .layer("replay").definedBy("jp.tomoni.replay..")
                .layer("json").definedBy("jp.tomoni.json..")
                .layer("core").definedBy("jp.tomoni.core..")
                .whereLayer("replay").mayNotBeAccessedByAnyLayer()
                .whereLayer("json").mayOnlyBeAccessedByLayers("replay")
                .whereLayer("core").mayOnlyBeAccessedByLayers("replay", "json")
                .check(MAIN);
        noClasses().that().resideInAnyPackage("jp.tomoni..")
                .and().doNotHaveSimpleName("ReplayCommand").and().doNotHaveSimpleName("ReplayMain")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..")
                .check(MAIN);
    }

    @Test
    void theCoreDoesNoIo() {
        noClasses().that().resideInAPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio.file..", "java.nio.channels..", "java.net..", "java.sql..",
                        "java.util.concurrent..", "java.lang.management..")
                .check(MAIN);
    }

    @Test
    void theCoreReadsNoClock() {
        noClasses().that().resideInAPackage(CORE).should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.util.Random.class)
                .check(MAIN);
    }

    @Test
    void theCoreHasNoFloatingPoint() {
        noFields().that().areDeclaredInClassesThat().resideInAPackage(CORE).should().haveRawType(double.class)
                .orShould().haveRawType(float.class).orShould().haveRawType(Double.class)
                .orShould().haveRawType(Float.class).check(MAIN);
        noMethods().that().areDeclaredInClassesThat().resideInAPackage(CORE).should().haveRawReturnType(double.class)
                .orShould().haveRawReturnType(float.class).check(MAIN);
        noClasses().that().resideInAPackage(CORE).should().dependOnClassesThat()
                .haveFullyQualifiedName("java.math.BigDecimal").check(MAIN);
    }
}
