package dev.mailroom.server.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.api.StatusDto;
import dev.mailroom.core.config.DataDirLock;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import dev.mailroom.server.service.MailService;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLauncherTest {
    @TempDir
    Path dataDir;

    @Test
    void aServiceWhosePortIsTakenStaysStoppedWithTheReasonAndTheRestRuns() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            SocketService smtp = new SocketService("smtp", taken.getLocalPort());
            SocketService pop3 = new SocketService("pop3", 0);
            List<Function<ServerContext, MailService>> services = List.of(ctx -> smtp, ctx -> pop3);
            RunningServer server = ServerLauncher.start(dataDir, ServerContext.Overrides.none(), 0, null, services);
            try {
                int pop3Port = pop3.listeners().get(0).port();
                assertThat(server.readyLine()).isEqualTo("Mailroom server ready: admin=127.0.0.1:" + server.adminPort()
                        + " pop3=127.0.0.1:" + pop3Port);

                StatusDto status = server.client().status();
                assertThat(status.services()).extracting(StatusDto.ServiceStatus::name).containsExactly("smtp", "pop3");
                StatusDto.ListenerStatus smtpListener = status.services().get(0).listeners().get(0);
                assertThat(smtpListener.state()).isEqualTo("STOPPED");
                assertThat(smtpListener.reason()).containsIgnoringCase("in use");
                assertThat(smtpListener.port()).isEqualTo(taken.getLocalPort());
                assertThat(smtpListener.setting()).isEqualTo("smtp.port or --smtp-port");
                StatusDto.ListenerStatus pop3Listener = status.services().get(1).listeners().get(0);
                assertThat(pop3Listener.running()).isTrue();
                assertThat(pop3Listener.port()).isEqualTo(pop3Port);
            } finally {
                long t0 = System.nanoTime();
                server.close();
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(RunningServer.SHUTDOWN_LIMIT);
            }
            assertThat(smtp.stopped()).isTrue();
            assertThat(pop3.stopped()).isTrue();
        }
    }

    @Test
    void oneServerPerDataDirectoryAndTheLockIsReleasedOnClose() throws Exception {
        RunningServer first = ServerLauncher.start(dataDir, ServerContext.Overrides.none(), 0, null, List.of());
        try {
            assertThatThrownBy(() -> ServerLauncher.start(dataDir, ServerContext.Overrides.none(), 0, null, List.of()))
                    .isInstanceOf(DataDirLock.HeldException.class);
            assertThat(first.client().status().version()).isNotBlank();
        } finally {
            first.close();
        }
        first.close(); // idempotent
        RunningServer second = ServerLauncher.start(dataDir, ServerContext.Overrides.none(), 0, null, List.of());
        second.close();
    }

    @Test
    void theAdminPortBeingTakenFailsTheStartAndReleasesTheDirectory() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertThatThrownBy(() -> ServerLauncher.start(dataDir, ServerContext.Overrides.none(), taken.getLocalPort(),
                    "127.0.0.1", List.of())).isInstanceOf(java.net.BindException.class);
        }
        assertThat(dataDir.resolve("admin.url")).doesNotExist();
        RunningServer again = ServerLauncher.start(dataDir, ServerContext.Overrides.none(), 0, null, List.of());
        again.close();
    }

    @Test
    void theServerLogIsWrittenUnderLoggingWithoutTheToken() throws Exception {
        RunningServer server = ServerLauncher.start(dataDir, ServerContext.Overrides.none(), 0, null, List.of());
        String token = Files.readString(dataDir.resolve("admin.token")).strip();
        server.client().createPostOffice("Example");
        server.close();
        String log = Files.readString(dataDir.resolve("Logging").resolve("server.log"));
        assertThat(log).contains("Mailroom").contains("started").contains("stopped");
        assertThat(log).doesNotContain(token);
    }
}
