package jp.tomoni;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The engine library: plain Java under the service (no Spring, no Reactor, no database driver), its packages
 * layered journal format, then engine (with its scope rules), then facilities and reference data, on the
 * rules; no package cycles.
 */
class EngineArchitectureTest {

    /** This module's own main classes (the tests run in the module's folder). */
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void theLibraryHasNoPackageCycles() {
        slices().matching("jp.tomoni.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void itDependsOnNoFrameworkAndNoDatabase() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..",
                "io.r2dbc..", "java.sql..", "jakarta..", "jp.tomoni.app..", "jp.tomoni.web..").check(MAIN);
    }

    @Test
    void journalThenEngineThenFacilitiesOnTheRules() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("jp.tomoni..").withOptionalLayers(true)
                .layer("journal").definedBy("jp.tomoni.journal..")
                .layer("engine").definedBy("jp.tomoni.engine..")
                .layer("facilities").definedBy("jp.tomoni.facility..")
                .layer("reference").definedBy("jp.tomoni.reference..")
                .layer("rules").definedBy("jp.tomoni.core..", "jp.tomoni.replay..", "jp.tomoni.json..")
                .whereLayer("journal").mayNotBeAccessedByAnyLayer()
                .whereLayer("engine").mayOnlyBeAccessedByLayers("journal")
                .whereLayer("facilities").mayOnlyBeAccessedByLayers("journal", "engine")
                .whereLayer("reference").mayOnlyBeAccessedByLayers("engine")
                .check(MAIN);
    }
}
