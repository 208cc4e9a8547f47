package jp.tomoni.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The demo is a client of the services like any other: it starts their jars and talks to their public APIs,
 * so none of their classes (nor Spring) is on its side; no package cycles.
 */
class DemoArchitectureTest {

    /** This module's own main classes (the tests run in the module's folder). */
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void theDemoHasNoPackageCycles() {
        slices().matching("jp.tomoni.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theDemoUsesTheServicesOnlyThroughTheirApis() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jp.tomoni.gateway..", "jp.tomoni.app..",
                "jp.tomoni.web..", "jp.tomoni.engine..", "jp.tomoni.core..", "org.springframework..").check(MAIN);
    }
}
