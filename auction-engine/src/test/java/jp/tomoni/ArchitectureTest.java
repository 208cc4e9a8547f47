package jp.tomoni;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The auction core is plain Java: no framework, no I/O, no clock, no floating point. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.tomoni");
    private static final String CORE = "jp.tomoni.core..";

    @Test
    void theCoreDependsOnNoFrameworkAndNoAdapter() {
        noClasses().that().resideInAPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..", "tools.jackson..",
                        "com.fasterxml..", "jakarta..", "org.flywaydb..", "jp.tomoni.replay..", "jp.tomoni.demo..")
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
