package jp.tomoni.edge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The edge library is plain Netty: no Spring, nothing of the services, and no package cycles. */
class EdgeArchitectureTest {

    private static final JavaClasses EDGE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.tomoni.edge");

    @Test
    void itDependsOnNeitherSpringNorTheServices() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jp.tomoni.web..",
                "jp.tomoni.app..", "jp.tomoni.gateway..", "jp.tomoni.engine..").check(EDGE);
    }

    @Test
    void itHasNoPackageCycles() {
        slices().matching("jp.tomoni.edge.(**)").should().beFreeOfCycles().allowEmptyShould(true).check(EDGE);
    }
}
