package dev.mailroom.server.mta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.dns.checks.DnsCheckSettings;
import dev.mailroom.core.logs.LogFileNames;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.core.mta.MtaSettings;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import dev.mailroom.server.service.MailService;
import dev.mailroom.server.smtp.OutboundQueue;
import dev.mailroom.server.smtp.SmtpService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The pieces of an MTA test: real Mailroom servers on 127.0.0.x addresses as the remote side,
 * and the sending server whose MTA runs on a {@link MutableClock}.
 */
final class MtaWorld {
    static final String PASSWORD = "correct horse 7";
    static final PostOfficeName ACME = PostOfficeName.of("Acme");
    static final MailboxRef ALICE = new MailboxRef(ACME, MailboxName.of("alice"));
    static final PostOfficeName FAR = PostOfficeName.of("Far");
    static final MailboxRef CAROL = new MailboxRef(FAR, MailboxName.of("carol"));
    static final MailboxRef DAVE = new MailboxRef(FAR, MailboxName.of("dave"));

    private MtaWorld() {
    }

    /** A remote Mailroom on {@code ip}:{@code port} (0 = any) serving the given domains with carol and dave. */
    static RunningServer remote(Path dir, String ip, int port, String... domains) throws IOException {
        RunningServer s = ServerLauncher.start(dir, new ServerContext.Overrides(ip, OptionalInt.of(port), OptionalInt.of(0)), 0, null,
                List.of(SmtpService::new));
        DirectoryStore d = s.context().directory();
        d.createPostOffice(FAR);
        for (String dom : domains) {
            d.addDomain(FAR, DomainName.of(dom));
        }
        d.createMailbox(FAR, CAROL.mailbox(), PASSWORD.toCharArray(), MailboxType.USER, 0);
        d.createMailbox(FAR, DAVE.mailbox(), PASSWORD.toCharArray(), MailboxType.USER, 0);
        return s;
    }

    static int smtpPort(RunningServer s) {
        return s.listeners().stream().filter(l -> l.running() && l.label().equals("smtp"))
                .mapToInt(MailService.Listener::port).findFirst().orElseThrow();
    }

    /** The sending server: SMTP and an MTA on {@code clock}, DNS from {@code dnsServer}, remote port {@code port}. */
    static RunningServer sender(Path dir, MutableClock clock, String dnsServer, int remotePort) throws IOException {
        List<Function<ServerContext, MailService>> services = List.of(SmtpService::new, ctx -> new MtaService(ctx, clock));
        RunningServer s = ServerLauncher.start(dir, new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.of(0)),
                0, null, services);
        DirectoryStore d = s.context().directory();
        d.createPostOffice(ACME);
        d.addDomain(ACME, DomainName.of("acme.test"));
        d.createMailbox(ACME, ALICE.mailbox(), PASSWORD.toCharArray(), MailboxType.USER, 0);
        s.context().settings().write(DnsCheckSettings.SECTION,
                new DnsCheckSettings(dnsServer, 2000, false, false, false));
        s.context().settings().write(MtaSettings.SECTION, MtaSettings.defaults().withRemotePort(remotePort));
        return s;
    }

    static MtaService mta(RunningServer s) {
        return s.services().stream().filter(MtaService.class::isInstance).map(MtaService.class::cast).findFirst().orElseThrow();
    }

    /** Puts a message into the sending server's outbound queue exactly as its SMTP side does. */
    static String enqueue(RunningServer s, String id, String sender, List<String> rcpts, String subject,
                          String clientIp, String authenticated) throws IOException {
        String body = "Return-Path: <" + sender + ">\r\nFrom: <" + (sender.isEmpty() ? "daemon@acme.test" : sender) + ">\r\n"
                + "To: " + String.join(", ", rcpts) + "\r\nSubject: " + subject + "\r\nMessage-ID: <" + id + "@acme.test>\r\n\r\n"
                + "Hello.\r\n.leading dot stays\r\n.\r\nafter a lone dot\r\n";
        Path tmp = Files.createTempFile(s.dataDir(), "msg", ".tmp");
        Files.writeString(tmp, body, StandardCharsets.UTF_8);
        new OutboundQueue(s.dataDir()).enqueue(id, sender, rcpts, tmp, s.context().clock().instant(), clientIp, authenticated);
        Files.delete(tmp);
        mta(s).wake();
        return id;
    }

    static Path inbox(RunningServer s, MailboxRef m) {
        return s.dataDir().resolve("Postoffices").resolve(m.postOffice().value()).resolve("MAILROOT")
                .resolve(m.mailbox().value()).resolve("Inbox");
    }

    /** The messages in a mailbox's Inbox whose text contains {@code token}. */
    static List<String> messages(RunningServer s, MailboxRef m, String token) throws IOException {
        Path inbox = inbox(s, m);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(inbox)) {
            return out;
        }
        try (Stream<Path> files = Files.list(inbox)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".MAI")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.ISO_8859_1);
                if (text.contains(token)) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    static String log(RunningServer s, String service, String kind) throws IOException {
        await(() -> mta(s).flushLogs(), "logs flushed");
        Path dir = LogFileNames.loggingRoot(s.dataDir()).resolve(service);
        if (!Files.isDirectory(dir)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(service + "-" + kind + "-")).toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    static void await(Supplier<Boolean> condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.get()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
        }
    }

    interface IoSupplier<T> {
        T get() throws IOException;
    }

    static <T> T io(IoSupplier<T> s) {
        try {
            return s.get();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
