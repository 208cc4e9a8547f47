package jp.tomoni.contract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The contract is what both sides share: it depends on neither side nor on Spring, and has no package cycles. */
class ContractArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.tomoni.contract");

    @Test
    void itDependsOnNothingAboveIt() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jp.tomoni.engine..", "jp.tomoni.app..", "jp.tomoni.web..", "jp.tomoni.gateway..").check(CLASSES);
    }

    @Test
    void itHasNoPackageCycles() {
        slices().matching("jp.tomoni.contract.(**)").should().beFreeOfCycles().allowEmptyShould(true).check(CLASSES);
    }
}
