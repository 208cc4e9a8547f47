package jp.tomoni.load;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bench's helpers: the summary reads files and never the load tests' clients; no package cycles. */
class LoadTestsArchitectureTest {

    /** This module's own main classes (the tests run in the module's folder). */
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void noPackageCycles() {
        slices().matching("jp.tomoni.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theSummaryDependsOnNothingThatDrivesTheServices() {
        noClasses().that().resideInAPackage("jp.tomoni.load.summary..").should().dependOnClassesThat()
                .resideInAnyPackage("jp.tomoni.load", "jp.tomoni.simulation..", "jp.tomoni.demodata..").check(MAIN);
    }
}
