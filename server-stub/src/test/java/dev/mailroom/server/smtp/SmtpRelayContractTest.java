package dev.mailroom.server.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.logs.DebugFormat;
import dev.mailroom.core.logs.DebugRecord;
import dev.mailroom.core.relay.RcptDecision;
import dev.mailroom.core.relay.RcptFacts;
import dev.mailroom.core.relay.RelayDecider;
import dev.mailroom.core.relay.RelayDeciderContract;
import dev.mailroom.core.relay.RelaySettings;
import dev.mailroom.core.relay.SecuritySettings;
import dev.mailroom.core.relay.Verdict;
import dev.mailroom.core.smtp.Reply;
import dev.mailroom.core.smtp.SmtpSections;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * admin-core's relay contract, met by the real server over SMTP: each decision is a real client
 * transaction from the fact's client IP (authenticating after STARTTLS when the facts say so);
 * the verdict, reply and debug lines are what the server answered and logged, and for an
 * accepted recipient the mailboxes and remote address are where the message really went.
 */
class SmtpRelayContractTest extends RelayDeciderContract {
    private static final Pattern QUEUED = Pattern.compile("queued as (\\S+)");
    @TempDir
    Path dir;
    RunningServer server;

    @Override
    protected DirectoryStore newDirectory() {
        try {
            server = ServerLauncher.start(dir, new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.empty()), 0, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server.context().directory();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected RelayDecider decider(DirectoryStore directory, RelaySettings relay, SecuritySettings security) {
        server.context().settings().write(SmtpSections.RELAY, relay);
        server.context().settings().write(SmtpSections.SECURITY, security);
        return facts -> {
            try {
                return overSmtp(facts);
            } catch (Exception e) {
                throw new AssertionError("SMTP transaction failed for " + facts, e);
            }
        };
    }

    private SmtpService smtp() {
        return server.services().stream().filter(SmtpService.class::isInstance).map(SmtpService.class::cast).findFirst().orElseThrow();
    }

    private RcptDecision overSmtp(RcptFacts facts) throws Exception {
        int debugBefore = debug().size();
        String recipient = strip(facts.recipient());
        Reply reply;
        String id = null;
        try (RawSmtpClient c = new RawSmtpClient(facts.clientIp().getHostAddress(), smtp().port(ListenerKind.SMTP))) {
            c.reply();
            c.send("EHLO " + facts.helo() + "\r\n");
            c.replyLines();
            if (facts.authenticated().isPresent()) {
                assertThat(c.command("STARTTLS")).startsWith("220");
                c.upgradeToTls();
                c.send("EHLO " + facts.helo() + "\r\n");
                c.replyLines();
                MailboxRef who = facts.authenticated().get();
                String login = who.mailbox().value() + "@" + who.postOffice().value();
                assertThat(c.command("AUTH PLAIN " + SmtpAuthTest.plain(login, PASSWORD))).startsWith("235");
            }
            String mail = c.command("MAIL FROM:<" + strip(facts.sender()) + ">");
            String rcpt = mail.startsWith("250") ? c.command("RCPT TO:<" + recipient + ">") : mail;
            reply = parse(rcpt);
            if (reply.isPositive()) {
                c.command("DATA");
                String done = c.command("Subject: contract\r\n\r\ncontract\r\n.");
                Matcher m = QUEUED.matcher(done);
                assertThat(m.find()).as(done).isTrue();
                id = m.group(1);
            }
            c.command("QUIT");
        }
        List<DebugRecord> all = debug();
        List<DebugRecord> mine = all.subList(debugBefore, all.size()).stream().filter(d -> !d.id().isEmpty()).toList();
        List<String> lines = mine.stream().map(DebugRecord::text).toList();
        if (!reply.isPositive()) {
            return new RcptDecision(Verdict.DENY, List.of(), "", reply, lines);
        }
        String finalId = id;
        List<MailboxRef> mailboxes = new ArrayList<>();
        for (PostOffice po : directory.postOffices()) {
            for (Mailbox mb : directory.mailboxesOf(po.name())) {
                if (Files.exists(inbox(mb.ref()).resolve(finalId + ".MAI"))) {
                    mailboxes.add(mb.ref());
                }
            }
        }
        List<String> queued = smtp().outboundQueue().list().stream().filter(e -> e.id().equals(finalId))
                .flatMap(e -> e.recipients().stream()).toList();
        boolean relayed = lines.stream().anyMatch(l -> l.contains("Relay Granted"));
        return new RcptDecision(relayed ? Verdict.RELAY : Verdict.LOCAL, mailboxes,
                relayed && !queued.isEmpty() ? queued.get(0) : recipient, reply, lines);
    }

    private Path inbox(MailboxRef m) {
        return dir.resolve("Postoffices").resolve(m.postOffice().value()).resolve("MAILROOT").resolve(m.mailbox().value())
                .resolve("Inbox");
    }

    private List<DebugRecord> debug() throws IOException {
        assertThat(smtp().flushLogs()).isTrue();
        Path logs = dir.resolve("Logging").resolve("SMTP");
        if (!Files.isDirectory(logs)) {
            return List.of();
        }
        List<DebugRecord> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(logs)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("SMTP-Debug-")).sorted().toList()) {
                Files.readAllLines(p).forEach(l -> out.add(DebugFormat.parse(l)));
            }
        }
        return out;
    }

    private static String strip(String address) {
        String a = address.strip();
        return a.startsWith("<") && a.endsWith(">") ? a.substring(1, a.length() - 1) : a;
    }

    /** {@code 550 5.7.1 text} as a value; SubEthaSMTP's own {@code 250 Ok} has no enhanced code. */
    static Reply parse(String line) {
        int code = Integer.parseInt(line.substring(0, 3));
        String rest = line.length() > 4 ? line.substring(4) : "";
        Matcher m = Pattern.compile("^([245]\\.\\d{1,3}\\.\\d{1,3}) (.*)$").matcher(rest);
        return m.matches() ? new Reply(code, m.group(1), m.group(2)) : new Reply(code, "", rest.isEmpty() ? "-" : rest);
    }
}
