package jp.tomoni;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import jp.tomoni.engine.Engine;
import jp.tomoni.engine.EnginePipeline;
import jp.tomoni.engine.EngineProcessor;
import org.junit.jupiter.api.Test;

/**
 * The engine service: web, then app, then the engine library, then the rules; the web layer reads the engine
 * only through {@code EngineQueries} and commands it only through {@code EngineRuntime}; no package cycles.
 */
class ServiceArchitectureTest {

    /**
     * This module's own main classes (the tests run in the module's folder), without the bean definitions Spring AOT
     * generates into the same folder when the jar is packaged ({@code *__BeanDefinitions}, {@code *__*}): they wire
     * every layer to every other by design, and exist only after {@code package}.
     */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(location -> !location.contains("__"))
            .importPath(Path.of("target", "classes"));

    @Test
    void theServiceHasNoPackageCycles() {
        slices().matching("jp.tomoni.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void webThenAppThenEngineThenRules() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("jp.tomoni..").withOptionalLayers(true)
                .layer("main").definedBy("jp.tomoni")
                .layer("web").definedBy("jp.tomoni.web..")
                .layer("app").definedBy("jp.tomoni.app..")
                .layer("report").definedBy("jp.tomoni.report..")
                .layer("engine").definedBy("jp.tomoni.engine..", "jp.tomoni.facility..", "jp.tomoni.journal..",
                        "jp.tomoni.reference..")
                .layer("rules").definedBy("jp.tomoni.core..", "jp.tomoni.replay..", "jp.tomoni.json..")
                .whereLayer("main").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("app").mayOnlyBeAccessedByLayers("main", "web")
                .whereLayer("report").mayOnlyBeAccessedByLayers("web")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("main", "web", "app", "report")
                .check(MAIN);
    }

    @Test
    void theWebLayerDoesNotReachIntoTheEnginesInternals() {
        noClasses().that().resideInAPackage("jp.tomoni.web..").should().dependOnClassesThat()
                .belongToAnyOf(EngineProcessor.class, EnginePipeline.class, Engine.class)
                .because("controllers read through EngineQueries and command through EngineRuntime")
                .check(MAIN);
    }
}
