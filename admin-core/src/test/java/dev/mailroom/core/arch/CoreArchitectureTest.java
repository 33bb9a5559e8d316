package dev.mailroom.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** admin-core is shared by the server and the console, so it must depend on neither, nor on JavaFX. */
class CoreArchitectureTest {
    static final ArchRule CORE_STANDS_ALONE = noClasses().that().resideInAPackage("dev.mailroom.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.mailroom.server..", "dev.mailroom.app..")
            .because("admin-app -> admin-core <- server-stub: the core is shared and knows neither side");

    private static JavaClasses mainClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.mailroom.core");
    }

    @Test
    void coreImportsNeitherJavaFxNorServerNorConsole() {
        JavaClasses classes = mainClasses();
        assertThat(classes.size()).as("admin-core main classes checked").isGreaterThan(10);
        CORE_STANDS_ALONE.check(classes);
    }
}
