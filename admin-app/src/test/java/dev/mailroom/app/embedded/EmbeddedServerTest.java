package dev.mailroom.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.server.ServerContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedServerTest {

    @Test
    void aNormalUserGetsUnprivilegedPortsAndRootTheStandardOnes() {
        ServerContext.Overrides user = EmbeddedServer.overridesFor(false);
        assertThat(user.smtpPort()).hasValue(EmbeddedServer.USER_SMTP_PORT);
        assertThat(user.pop3Port()).hasValue(EmbeddedServer.USER_POP3_PORT);
        assertThat(EmbeddedServer.overridesFor(true).smtpPort()).isEmpty();
    }

    @Test
    void theDataDirectoryComesFromMailroomDataOrTheUsersShareFolder() {
        assertThat(EmbeddedServer.defaultDataDir(Map.of("MAILROOM_DATA", "/srv/mail"))).isEqualTo(Path.of("/srv/mail"));
        assertThat(EmbeddedServer.defaultDataDir(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local", "share", "mailroom"));
    }

    @Test
    void startsTheServerInProcessAndASecondConsoleConnectsToIt(@TempDir Path data) throws Exception {
        ServerContext.Overrides freePorts = new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.of(0));
        try (EmbeddedServer first = EmbeddedServer.start(data, freePorts)) {
            assertThat(first.description()).startsWith("Bundled server on " + data.toAbsolutePath().normalize());
            first.client().createPostOffice("EMBEDDED");
            try (EmbeddedServer second = EmbeddedServer.start(data, freePorts)) {
                assertThat(second.description()).contains("already running on");
                assertThat(second.client().getPostOffice("EMBEDDED").name()).isEqualTo("EMBEDDED");
            }
            // Closing the second (a mere connection) left the first running.
            assertThat(first.client().status().version()).isNotBlank();
        }
    }
}
