package dev.mailroom.server.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.config.SettingsSection;
import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.logs.LogFileNames;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.core.smtp.SmtpSections;
import dev.mailroom.core.smtp.SmtpSettings;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import java.io.IOException;
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
 * A whole Mailroom server started with {@link ServerLauncher} on free ports in a temp data
 * directory, with post office {@code Acme} serving {@code acme.test} and mailboxes
 * {@code alice} and {@code bob} (password {@value #PASSWORD}).
 */
final class SmtpFixture implements AutoCloseable {
    static final String PASSWORD = "correct horse 7";
    static final PostOfficeName ACME = PostOfficeName.of("Acme");
    static final MailboxRef ALICE = new MailboxRef(ACME, MailboxName.of("alice"));
    static final MailboxRef BOB = new MailboxRef(ACME, MailboxName.of("bob"));

    final RunningServer server;
    final Path data;

    private SmtpFixture(RunningServer server) {
        this.server = server;
        this.data = server.dataDir();
    }

    static SmtpFixture start(Path dataDir) throws IOException {
        // The SMTP connector alone: no MTA, so what it queues for remote recipients stays in
        // Queues/Outbound for the tests to inspect (the MTA's own tests deliver it).
        RunningServer s = ServerLauncher.start(dataDir,
                new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.of(0)), 0, null,
                List.of(SmtpService::new));
        SmtpFixture f = new SmtpFixture(s);
        DirectoryStore d = f.directory();
        d.createPostOffice(ACME);
        d.addDomain(ACME, DomainName.of("acme.test"));
        d.createMailbox(ACME, ALICE.mailbox(), PASSWORD.toCharArray(), MailboxType.USER, 0);
        d.createMailbox(ACME, BOB.mailbox(), PASSWORD.toCharArray(), MailboxType.USER, 0);
        return f;
    }

    DirectoryStore directory() {
        return server.context().directory();
    }

    SmtpService smtp() {
        return server.services().stream().filter(SmtpService.class::isInstance).map(SmtpService.class::cast)
                .findFirst().orElseThrow();
    }

    int port() {
        return smtp().port(ListenerKind.SMTP);
    }

    <T> void settings(SettingsSection<T> section, UnaryOperator<T> change) {
        server.context().settings().write(section, change.apply(server.context().settings().read(section)));
    }

    /** Listener settings (ports, limits) are read when the service starts. */
    void restartSmtp(UnaryOperator<SmtpSettings> change) {
        smtp().stop();
        settings(SmtpSections.SMTP, change);
        smtp().start();
    }

    Path inbox(MailboxRef m) {
        return data.resolve("Postoffices").resolve(m.postOffice().value()).resolve("MAILROOT")
                .resolve(m.mailbox().value()).resolve("Inbox");
    }

    List<Path> messages(MailboxRef m) throws IOException {
        Path inbox = inbox(m);
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(inbox)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".MAI")).sorted().toList();
        }
    }

    /** The day's log of a kind ("Activity", "Debug", "W3C"), once every queued line is written. */
    String log(String kind) throws IOException {
        Path dir = LogFileNames.loggingRoot(data).resolve(LogFileNames.SMTP);
        awaitTrue(() -> smtp().flushLogs(), "logs flushed");
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().startsWith("SMTP-" + kind + "-")).toList();
            StringBuilder all = new StringBuilder();
            for (Path p : files) {
                all.append(Files.readString(p, StandardCharsets.UTF_8));
            }
            return all.toString();
        }
    }

    static void awaitTrue(Supplier<Boolean> condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
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
