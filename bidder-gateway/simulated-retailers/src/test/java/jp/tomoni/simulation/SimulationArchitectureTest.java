package jp.tomoni.simulation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The bidding strategy is plain Java shared by demo, load and end-to-end tests: no Spring, nothing of the services, no package cycles. */
class SimulationArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.tomoni.simulation");

    @Test
    void itDependsOnNothingAboveIt() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jp.tomoni.engine..", "jp.tomoni.app..", "jp.tomoni.web..", "jp.tomoni.gateway..", "jp.tomoni.demo..").check(CLASSES);
    }

    @Test
    void itHasNoPackageCycles() {
        slices().matching("jp.tomoni.simulation.(**)").should().beFreeOfCycles().allowEmptyShould(true).check(CLASSES);
    }
}
