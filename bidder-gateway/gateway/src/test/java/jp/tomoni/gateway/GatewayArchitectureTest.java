package jp.tomoni.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The gateway knows the engine only through their contract ({@code jp.tomoni.contract}): none of the engine's
 * own classes (its engine, service or demo), of the rules only the value types ({@code jp.tomoni.core.unit},
 * so that prices are read by the rules' one parser), and no package cycles.
 */
class GatewayArchitectureTest {

    /** This module's own main classes (the tests run in the module's folder). */
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void theGatewayHasNoPackageCycles() {
        slices().matching("jp.tomoni.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theGatewayDependsOnNoEngineInternals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jp.tomoni.core", "jp.tomoni.core.clock..",
                "jp.tomoni.core.reverse..", "jp.tomoni.core.award..", "jp.tomoni.core.lot..", "jp.tomoni.core.draw..",
                "jp.tomoni.engine..",
                "jp.tomoni.facility..", "jp.tomoni.journal..", "jp.tomoni.app..", "jp.tomoni.web..",
                "jp.tomoni.replay..", "jp.tomoni.demo..", "jp.tomoni.demodata..", "jp.tomoni.simulation..")
                .check(MAIN);
    }
}
