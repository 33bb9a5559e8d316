package dev.mailroom.core.relay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The policy packages stay pure so the server and the console's testers can call the same
 * code: no files, no sockets, no clocks, no JavaFX, no server code, and no config store (the
 * caller passes settings and a directory in).
 */
class PolicyPurityTest {
    private static final JavaClasses POLICY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.mailroom.core.relay", "dev.mailroom.core.access", "dev.mailroom.core.auth");

    @Test
    void policyDoesNoIo() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "javax.net..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URL")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .because("policy decisions are pure functions of facts, settings and the directory")
                .check(POLICY);
    }

    @Test
    void policyKnowsNoUiServerOrStore() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.mailroom.server..", "dev.mailroom.app..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.mailroom.core.config.ConfigStore")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.mailroom.core.config.JsonSettingsStore")
                .check(POLICY);
    }
}
