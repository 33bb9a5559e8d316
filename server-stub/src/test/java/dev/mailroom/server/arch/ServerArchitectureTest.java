package dev.mailroom.server.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The server runs headless and must never need the console or JavaFX. */
class ServerArchitectureTest {
    static final ArchRule SERVER_IS_HEADLESS = noClasses().that().resideInAPackage("dev.mailroom.server..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.mailroom.app..")
            .because("server-stub runs without a display; only admin-app may use JavaFX");

    @Test
    void serverImportsNeitherJavaFxNorConsole() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.mailroom.server");
        assertThat(classes.size()).as("server-stub main classes checked").isGreaterThan(10);
        SERVER_IS_HEADLESS.check(classes);
    }
}
