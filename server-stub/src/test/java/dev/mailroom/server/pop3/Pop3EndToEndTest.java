package dev.mailroom.server.pop3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.core.pop3.Pop3Settings;
import dev.mailroom.core.pop3.Pop3StatusDto;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import dev.mailroom.server.service.MailService;
import dev.mailroom.server.smtp.ListenerKind;
import dev.mailroom.server.smtp.SmtpService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole server as launched by {@code serve}: a message sent with SMTP AUTH is read back over
 * POP3 byte for byte (after the trace headers SMTP adds), the POP logs are written without the
 * password, and the auto-ban is visible and liftable through the admin API.
 */
class Pop3EndToEndTest {
    private static final String PASSWORD = "Tr0ub4dor & 3";
    @TempDir
    Path data;
    @TempDir
    Path work;
    RunningServer server;

    @BeforeEach
    void start() throws Exception {
        // No bind override: the ban test connects from this machine's non-loopback address.
        server = ServerLauncher.start(data, new ServerContext.Overrides(null, OptionalInt.of(0), OptionalInt.of(0)), 0, null);
        DirectoryStore d = server.context().directory();
        PostOfficeName po = PostOfficeName.of("Example");
        d.createPostOffice(po);
        d.addDomain(po, DomainName.of("example.test"));
        d.createMailbox(po, MailboxName.of("carol"), PASSWORD.toCharArray(), MailboxType.USER, 0);
        d.createMailbox(po, MailboxName.of("dave"), PASSWORD.toCharArray(), MailboxType.USER, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Pop3Service pop3() {
        return server.services().stream().filter(Pop3Service.class::isInstance).map(Pop3Service.class::cast)
                .findFirst().orElseThrow();
    }

    private int pop3Port() {
        return pop3().listeners().stream().filter(l -> l.label().equals("POP3")).findFirst().orElseThrow().port();
    }

    private int smtpPort() {
        return server.services().stream().filter(SmtpService.class::isInstance).map(SmtpService.class::cast)
                .findFirst().orElseThrow().port(ListenerKind.SMTP);
    }

    @Test
    void aMessageSentWithSmtpAuthArrivesByteIdenticalThroughPop3() throws Exception {
        String original = "From: carol@example.test\r\nTo: dave@example.test\r\nSubject: round trip\r\n"
                + "Message-ID: <rt-1@example.test>\r\n\r\nHello Dave,\r\n.a line starting with a dot\r\n..two dots\r\n"
                + "\r\ntrailing text \u00e9\r\n";
        byte[] originalBytes = original.getBytes(StandardCharsets.UTF_8);
        String b64 = Base64.getEncoder().encodeToString(originalBytes);
        List<String> out = PythonPop.ok(work, "127.0.0.1", pop3Port(), 0, """
                import smtplib
                s = smtplib.SMTP(HOST, int(os.environ['SMTPPORT']))
                s.ehlo(); s.starttls(context=ctx); s.ehlo()
                s.login('carol@example', os.environ['PW'])
                s.sendmail('carol@example.test', ['dave@example.test'], base64.b64decode(os.environ['MSG']))
                s.quit()
                p = poplib.POP3(HOST, PORT)
                p.user('dave@example.test'); p.pass_(os.environ['PW'])
                resp, lines, octets = p.retr(1)
                size = int(p.list(1).decode().split()[2])
                data = b'\\r\\n'.join(lines) + b'\\r\\n'
                print(size, len(data))
                print(base64.b64encode(data).decode())
                p.quit()
                """.replace("int(os.environ['SMTPPORT'])", Integer.toString(smtpPort()))
                .replace("os.environ['PW']", "'" + PASSWORD + "'")
                .replace("os.environ['MSG']", "'" + b64 + "'"));
        String[] sizes = out.get(0).split(" ");
        byte[] received = Base64.getDecoder().decode(out.get(1));
        assertThat(sizes[0]).isEqualTo(sizes[1]).isEqualTo(Integer.toString(received.length));
        String text = new String(received, StandardCharsets.UTF_8);
        assertThat(text).endsWith(original);
        String added = text.substring(0, text.length() - original.length());
        assertThat(added).contains("Received: from [127.0.0.1]");
        // Everything SMTP added is trace header lines (folded continuation lines start with white space).
        assertThat(added.split("\r\n")).allSatisfy(line ->
                assertThat(line).matches("(Received|Return-Path|X-[A-Za-z-]+): .*|[ \\t].*"));

        assertThat(pop3().flushLogs()).isTrue();
        Path popLogs = data.resolve("Logging").resolve("POP");
        String activity = readAll(popLogs, "POP-Activity-");
        String debug = readAll(popLogs, "POP-Debug-");
        assertThat(activity).contains("\tPOP-IN\t").contains("\tRETR\t").contains("dave@Example");
        assertThat(debug).contains("POP3 login from 127.0.0.1 as mailbox Example/dave");
        assertThat(activity + debug).doesNotContain(PASSWORD);
        // Column C of the RETR line names the message file, so a message can be traced from
        // SMTP-IN to POP-IN (article 32).
        String id = server.context().messages().list(new dev.mailroom.core.directory.MailboxRef(
                PostOfficeName.of("Example"), MailboxName.of("dave")), "Inbox").get(0).id();
        assertThat(activity.lines().filter(l -> l.contains("\tRETR\t"))).singleElement()
                .satisfies(l -> assertThat(l.split("\t")[2]).isEqualTo(id));
    }

    private static String readAll(Path dir, String prefix) throws Exception {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                b.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(b).as(prefix + " log in " + dir).isNotEmpty();
        return b.toString();
    }

    @Test
    void theAdminApiListsBansAndUnbanLiftsThem() throws Exception {
        Pop3Settings s = server.context().settings().read(Pop3Settings.SECTION);
        server.context().settings().write(Pop3Settings.SECTION, new Pop3Settings(s.port(), s.portEnabled(), s.tlsPort(),
                s.tlsPortEnabled(), s.bindAddress(), true, "", 100, 600, 10, new Pop3Settings.AutoBan(true, 2, 10, 30)));
        String host = Pop3SecurityTest.externalAddress();
        PythonPop.ok(work, host, pop3Port(), 0, """
                p = poplib.POP3(HOST, PORT)
                for i in range(2):
                    p.user('dave'); attempt(p.pass_, 'wrong')
                p.close()
                """);
        Pop3StatusDto status = server.client().get("/pop3", Pop3StatusDto.class);
        assertThat(status.bans()).singleElement().satisfies(b -> {
            assertThat(b.address()).isEqualTo(host);
            assertThat(b.failures()).isEqualTo(2);
        });
        assertThat(status.listeners()).anySatisfy(l -> assertThat(l.label()).isEqualTo("POP3"));
        assertThat(PythonPop.run(work, host, pop3Port(), 0, "poplib.POP3(HOST, PORT)\n").err())
                .contains("is refused until");

        server.client().delete("/pop3/bans/" + host);
        assertThat(server.client().get("/pop3", Pop3StatusDto.class).bans()).isEmpty();
        assertThatThrownBy(() -> server.client().delete("/pop3/bans/" + host))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> server.client().delete("/pop3/bans/not-an-ip"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error().field()).isEqualTo("address");
                });
        List<String> again = PythonPop.ok(work, host, pop3Port(), 0, "print(poplib.POP3(HOST, PORT).getwelcome().decode())\n");
        assertThat(again).containsExactly("+OK Mailroom POP3 server ready");
    }

    @Test
    void turningTheTlsPortOnInTheSettingsStartsItWithoutARestart() throws Exception {
        assertThat(pop3().listeners()).anySatisfy(l -> {
            assertThat(l.label()).isEqualTo("POP3 TLS");
            assertThat(l.state()).isEqualTo("DISABLED");
        });
        Pop3Settings s = server.context().settings().read(Pop3Settings.SECTION);
        server.context().settings().write(Pop3Settings.SECTION, s.withListeners(true, s.port(), true, 0));
        MailService.Listener tls = pop3().listeners().stream().filter(l -> l.label().equals("POP3 TLS"))
                .findFirst().orElseThrow();
        assertThat(tls.state()).isEqualTo("RUNNING");
        assertThat(pop3Port()).as("--pop3-port still overrides the plain port").isNotEqualTo(110);
        List<String> out = PythonPop.ok(work, "127.0.0.1", pop3Port(), tls.port(), """
                s = poplib.POP3_SSL(HOST, TLSPORT, context=ctx)
                s.user('carol@example'); print(s.pass_('%s').decode()); s.quit()
                """.formatted(PASSWORD));
        assertThat(out.get(0)).startsWith("+OK Logged in as Example/carol");
    }
}
