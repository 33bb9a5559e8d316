package dev.mailroom.server.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.logs.ActivityRecord;
import dev.mailroom.core.logs.DebugCode;
import dev.mailroom.core.logs.DebugRecord;
import dev.mailroom.core.logs.LogKind;
import dev.mailroom.core.logs.LogLineDto;
import dev.mailroom.core.logs.LogQuery;
import dev.mailroom.core.logs.LogsClient;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import dev.mailroom.server.service.MailService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The logs the real SMTP connector writes, read back through the log API: a refused relay is
 * findable by address with its ME-I0111 debug line under the same message id, and no password
 * or AUTH payload reaches any log file, whichever AUTH form the client used.
 */
class LogsEndToEndTest {
    private static final String PASSWORD = "Tr0ub4dor&3-horse";

    @TempDir
    Path dataDir;
    RunningServer server;
    int smtpPort;
    LogsClient logs;
    final LocalDate today = LocalDate.now(Clock.systemUTC());

    @BeforeEach
    void start() throws IOException {
        server = ServerLauncher.start(dataDir, new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.empty()),
                0, "127.0.0.1");
        smtpPort = server.listeners().stream().filter(MailService.Listener::running)
                .filter(l -> l.label().toLowerCase().contains("smtp")).mapToInt(MailService.Listener::port).findFirst()
                .orElseThrow();
        var client = server.client();
        client.createPostOffice("EXAMPLE");
        client.addDomain("EXAMPLE", "example.test");
        client.createMailbox("EXAMPLE", "bob", PASSWORD.toCharArray(), MailboxType.USER, 0);
        logs = new LogsClient(client);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRefusedRelayIsFoundByAddressWithItsDebugLine() throws Exception {
        try (Smtp s = new Smtp("127.0.0.2")) {
            s.send("EHLO spammer.example");
            s.send("MAIL FROM:<spammer@example.net>");
            assertThat(s.send("RCPT TO:<victim@remote.test>")).startsWith("550 5.7.1");
            s.send("QUIT");
        }
        List<LogLineDto> lines = awaitLines(LogQuery.all().withRemoteIp("127.0.0.2").withText("QUIT"), LogKind.ACTIVITY, 1);
        assertThat(lines).hasSize(1);
        List<LogLineDto> fromIp = search(LogQuery.all().withRemoteIp("127.0.0.2"), LogKind.ACTIVITY);
        ActivityRecord rcpt = fromIp.stream().map(l -> (ActivityRecord) l.toLine().record())
                .filter(r -> r.command().equals("RCPT")).findFirst().orElseThrow();
        assertThat(rcpt.type()).isEqualTo(ActivityRecord.SMTP_IN);
        assertThat(rcpt.responseClass()).isEqualTo(5);
        assertThat(rcpt.messageId()).isNotEmpty();

        List<LogLineDto> debug = awaitLines(LogQuery.all().withMessageId(rcpt.messageId()).withText("Relay Denied"),
                LogKind.DEBUG, 1);
        assertThat(((DebugRecord) debug.get(0).toLine().record()).code()).isEqualTo(DebugCode.ME_I0111);
        assertThat(logs.trace(rcpt.messageId(), today)).extracting(LogLineDto::kind).contains("Activity", "Debug");
    }

    @Test
    void noPasswordOrAuthPayloadReachesAnyLogFile() throws Exception {
        String plain = Base64.getEncoder().encodeToString(("\0bob@EXAMPLE\0" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String user = Base64.getEncoder().encodeToString("bob@EXAMPLE".getBytes(StandardCharsets.UTF_8));
        String pass = Base64.getEncoder().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8));
        try (Smtp s = new Smtp("127.0.0.1")) {
            s.send("EHLO client.example");
            assertThat(s.send("AUTH PLAIN " + plain)).startsWith("235");
            s.send("QUIT");
        }
        try (Smtp s = new Smtp("127.0.0.1")) {
            s.send("EHLO client.example");
            assertThat(s.send("AUTH LOGIN")).startsWith("334");
            assertThat(s.send(user)).startsWith("334");
            assertThat(s.send(pass)).startsWith("235");
            s.send("MAIL FROM:<bob@example.test>");
            s.send("QUIT");
        }
        awaitLines(LogQuery.all().withText("bob@example.test"), LogKind.ACTIVITY, 1);
        StringBuilder everything = new StringBuilder();
        try (Stream<Path> files = Files.walk(dataDir.resolve("Logging"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                everything.append(Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(everything.toString()).contains("AUTH")
                .doesNotContain(PASSWORD).doesNotContain(plain).doesNotContain(pass);
    }

    @Test
    void theServersOwnEventsAreADebugLogOfServiceServer() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<LogLineDto> found = new ArrayList<>();
        while (found.isEmpty()) {
            assertThat(System.nanoTime()).as("server start logged within 10 s").isLessThan(deadline);
            Thread.onSpinWait();
            found.clear();
            logs.search(LogQuery.all().withText("Mailroom server ready"), "SERVER", LogKind.DEBUG, today, 10, found::addAll);
        }
        assertThat(found.get(0).toLine().record()).isInstanceOf(DebugRecord.class);
        assertThat(((DebugRecord) found.get(0).toLine().record()).text()).startsWith("INFO ServerLauncher: ");
        assertThat(logs.files("SERVER")).extracting(f -> f.name()).contains("SERVER-Debug-" + today.format(
                java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + ".log");
    }

    private List<LogLineDto> search(LogQuery q, LogKind kind) {
        List<LogLineDto> out = new ArrayList<>();
        logs.search(q, "SMTP", kind, today, 1000, out::addAll);
        return out;
    }

    /** Searches until at least {@code n} lines are logged (the writer flushes within moments). */
    private List<LogLineDto> awaitLines(LogQuery q, LogKind kind, int n) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<LogLineDto> found = search(q, kind);
        while (found.size() < n) {
            assertThat(System.nanoTime()).as("logged within 10 s: " + q).isLessThan(deadline);
            Thread.onSpinWait();
            found = search(q, kind);
        }
        return found;
    }

    /** A raw SMTP client bound to a loopback source address, to act as that host. */
    private final class Smtp implements AutoCloseable {
        private final Socket socket = new Socket();
        private final BufferedReader in;
        private final OutputStream out;

        Smtp(String from) throws IOException {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", smtpPort), 5_000);
            socket.setSoTimeout(10_000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            out = socket.getOutputStream();
            reply();
        }

        String send(String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return reply();
        }

        private String reply() throws IOException {
            String l;
            String last = "";
            do {
                l = in.readLine();
                if (l == null) {
                    break;
                }
                last = l;
            } while (l.length() > 3 && l.charAt(3) == '-');
            return last;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
