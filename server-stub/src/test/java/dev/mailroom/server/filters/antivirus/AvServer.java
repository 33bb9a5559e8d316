package dev.mailroom.server.filters.antivirus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.antivirus.AntivirusSettings;
import dev.mailroom.core.antivirus.ClamdSettings;
import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.logs.LogFileNames;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import dev.mailroom.server.smtp.ListenerKind;
import dev.mailroom.server.smtp.SmtpService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A whole Mailroom server (ServerLauncher, free ports, temp data directory) with post office
 * {@code Acme} serving {@code acme.test}, mailboxes {@code alice}, {@code bob} and
 * {@code mallory}, and the Antivirus filter switched on against the given clamd.
 */
final class AvServer implements AutoCloseable {
    static final PostOfficeName ACME = PostOfficeName.of("Acme");
    static final MailboxRef ALICE = new MailboxRef(ACME, MailboxName.of("alice"));
    static final MailboxRef BOB = new MailboxRef(ACME, MailboxName.of("bob"));
    static final MailboxRef MALLORY = new MailboxRef(ACME, MailboxName.of("mallory"));

    final RunningServer server;
    final Path data;

    private AvServer(RunningServer server) {
        this.server = server;
        this.data = server.dataDir();
    }

    static AvServer start(Path dataDir, String clamdSocket) throws IOException {
        RunningServer s = ServerLauncher.start(dataDir,
                new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.of(0)), 0, null);
        AvServer f = new AvServer(s);
        DirectoryStore d = s.context().directory();
        d.createPostOffice(ACME);
        d.addDomain(ACME, DomainName.of("acme.test"));
        for (MailboxRef m : List.of(ALICE, BOB, MALLORY)) {
            d.createMailbox(ACME, m.mailbox(), "correct horse 7".toCharArray(), MailboxType.USER, 0);
        }
        f.antivirus(a -> new AntivirusSettings(true, List.of(new ClamdSettings("ClamAV", true, clamdSocket, 10_000, 4)),
                a.commandLine(), a.onInfected(), a.onScanFailure(), false, "", false));
        return f;
    }

    void antivirus(UnaryOperator<AntivirusSettings> change) {
        var store = server.context().settings();
        store.write(AntivirusSettings.SECTION, change.apply(store.read(AntivirusSettings.SECTION)));
    }

    SmtpService smtp() {
        return server.services().stream().filter(SmtpService.class::isInstance).map(SmtpService.class::cast)
                .findFirst().orElseThrow();
    }

    int port() {
        return smtp().port(ListenerKind.SMTP);
    }

    Quarantine quarantine() {
        return new Quarantine(data);
    }

    List<Path> inbox(MailboxRef m) throws IOException {
        Path inbox = data.resolve("Postoffices").resolve(m.postOffice().value()).resolve("MAILROOT")
                .resolve(m.mailbox().value()).resolve("Inbox");
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(inbox)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".MAI")).sorted().toList();
        }
    }

    /** The MTA/filter debug log, once every line so far is written. */
    String filterLog() throws IOException {
        awaitTrue(() -> smtp().flushFilterLog(), "filter log flushed");
        Path dir = LogFileNames.loggingRoot(data).resolve(LogFileNames.MTA);
        if (!Files.isDirectory(dir)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("MTA-Debug-")).toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    /**
     * Sends one message over a real socket from 127.0.0.2 as a remote host would and answers the
     * reply to the end of DATA (or the first refusal before it).
     */
    String send(String sender, List<String> recipients, String message) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress("127.0.0.2", 0));
            s.connect(new InetSocketAddress("127.0.0.1", port()), 10_000);
            s.setSoTimeout(60_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = s.getOutputStream();
            String r = reply(in);
            assertThat(r).startsWith("220");
            r = command(out, in, "EHLO client.remote.test");
            assertThat(r).startsWith("250");
            r = command(out, in, "MAIL FROM:<" + sender + ">");
            if (!r.startsWith("250")) {
                return r;
            }
            for (String rcpt : recipients) {
                r = command(out, in, "RCPT TO:<" + rcpt + ">");
                if (!r.startsWith("250")) {
                    return r;
                }
            }
            r = command(out, in, "DATA");
            assertThat(r).startsWith("354");
            String body = message.replace("\r\n", "\n").replace("\n", "\r\n");
            StringBuilder stuffed = new StringBuilder();
            for (String line : body.split("\r\n", -1)) {
                stuffed.append(line.startsWith(".") ? "." + line : line).append("\r\n");
            }
            String end = stuffed.toString().endsWith("\r\n\r\n") ? "." : "\r\n.";
            r = command(out, in, stuffed.substring(0, stuffed.length() - 2) + end);
            command(out, in, "QUIT");
            return r;
        }
    }

    private static String command(OutputStream out, BufferedReader in, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return reply(in);
    }

    private static String reply(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (line.length() < 4 || line.charAt(3) != '-') {
                return line;
            }
        }
        return "";
    }

    static String idOf(String reply) {
        assertThat(reply).startsWith("250 2.0.0 Ok: queued as ");
        return reply.substring(reply.lastIndexOf(' ') + 1);
    }

    static void awaitTrue(Supplier<Boolean> condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.get()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
