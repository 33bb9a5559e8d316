package dev.mailroom.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.mailroom.app.archfixture.ReachesIntoServer;
import dev.mailroom.app.archfixture.TalksThroughApi;
import org.junit.jupiter.api.Test;

/**
 * The console talks to a server only through the admin API; the one exception is the launcher
 * that starts the bundled server in-process.
 */
class ConsoleArchitectureTest {
    static final String EMBEDDED_LAUNCHER = "dev.mailroom.app.embedded.EmbeddedServer";

    static final ArchRule SERVER_ONLY_THROUGH_EMBEDDED_LAUNCHER = noClasses()
            .that().resideInAPackage("dev.mailroom.app..")
            .and().doNotHaveFullyQualifiedName(EMBEDDED_LAUNCHER)
            // Nested and anonymous classes of the launcher belong to it.
            .and().haveNameNotMatching(EMBEDDED_LAUNCHER.replace(".", "\\.") + "\\$.*")
            .should().dependOnClassesThat().resideInAPackage("dev.mailroom.server..")
            .because("admin-app reaches the server through the admin API; only " + EMBEDDED_LAUNCHER
                    + " may start it in-process")
            .allowEmptyShould(true);

    @Test
    void consoleClassesUseTheServerOnlyThroughTheEmbeddedLauncher() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.mailroom.app");
        SERVER_ONLY_THROUGH_EMBEDDED_LAUNCHER.check(main);
    }

    /** Until the console's classes exist the check above has nothing to look at; this proves the rule bites. */
    @Test
    void ruleIsCheckedAgainstRealClassesAndCatchesAViolation() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(ReachesIntoServer.class, TalksThroughApi.class);
        assertThat(fixtures.size()).isEqualTo(2);
        EvaluationResult result = SERVER_ONLY_THROUGH_EMBEDDED_LAUNCHER.evaluate(fixtures);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains(ReachesIntoServer.class.getName()))
                .noneMatch(line -> line.contains(TalksThroughApi.class.getName()));
    }
}
