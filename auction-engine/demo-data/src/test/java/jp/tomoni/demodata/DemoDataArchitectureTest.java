package jp.tomoni.demodata;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dataset is a library under the demo: no Spring, nothing of the services, no package cycles. */
class DemoDataArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.tomoni.demodata");

    @Test
    void itDependsOnNothingAboveIt() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jp.tomoni.app..", "jp.tomoni.web..", "jp.tomoni.gateway..", "jp.tomoni.demo..").check(CLASSES);
    }

    @Test
    void itHasNoPackageCycles() {
        slices().matching("jp.tomoni.demodata.(**)").should().beFreeOfCycles().allowEmptyShould(true).check(CLASSES);
    }
}
