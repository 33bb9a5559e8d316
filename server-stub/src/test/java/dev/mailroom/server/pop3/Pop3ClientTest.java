package dev.mailroom.server.pop3;

import static dev.mailroom.server.pop3.Pop3Fixture.ALICE;
import static dev.mailroom.server.pop3.Pop3Fixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.pop3.Pop3Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as a real client (Python's poplib) sees it, on loopback. */
class Pop3ClientTest {
    @TempDir
    Path data;
    @TempDir
    Path work;
    Pop3Fixture pop;

    @BeforeEach
    void start() throws Exception {
        pop = new Pop3Fixture(data);
        pop.settings.set(withAlternateAt(pop.settings.get(), "#"));
        pop.start();
    }

    @AfterEach
    void stop() {
        pop.close();
    }

    private List<String> py(String script) throws Exception {
        return PythonPop.ok(work, "127.0.0.1", pop.port(), pop.tlsPort(), script);
    }

    static Pop3Settings withAlternateAt(Pop3Settings s, String chars) {
        return new Pop3Settings(s.port(), s.portEnabled(), s.tlsPort(), s.tlsPortEnabled(), s.bindAddress(),
                s.allowClearTextLogin(), chars, s.maxConnections(), s.idleTimeoutSeconds(), s.maxFailedLogins(), s.autoBan());
    }

    @Test
    void everyLoginFormOfArticle28ReachesTheSameMailbox() throws Exception {
        String message = "Subject: one\r\n\r\nhello\r\n";
        pop.deliver(ALICE, message);
        List<String> out = py("""
                for name in ['alice@acme', 'alice@acme.test', 'alice', 'ALICE@ACME', 'alice#acme']:
                    p = poplib.POP3(HOST, PORT)
                    p.user(name)
                    print(name, p.pass_('alice pass 1').decode(), p.stat())
                    p.quit()
                p = poplib.POP3(HOST, PORT)
                creds = base64.b64encode(b'\\0alice@acme\\0alice pass 1').decode()
                print('AUTH', p._shortcmd('AUTH PLAIN ' + creds).decode(), p.stat())
                p.quit()
                """);
        assertThat(out).hasSize(6).allSatisfy(l -> assertThat(l).contains("+OK Logged in as acme/alice").endsWith("(1, " + message.length() + ")"));
    }

    @Test
    void aWrongPasswordIsRefusedAndTheThirdFailureClosesTheConnection() throws Exception {
        List<String> out = py("""
                p = poplib.POP3(HOST, PORT)
                for pw in ['nope', 'alice pass', 'ALICE PASS 1']:
                    p.user('alice@acme')
                    print(attempt(p.pass_, pw))
                print(attempt(p.noop))
                """);
        assertThat(out.get(0)).isEqualTo("-ERR [AUTH] Invalid login name or password");
        assertThat(out.get(1)).isEqualTo("-ERR [AUTH] Invalid login name or password");
        assertThat(out.get(2)).startsWith("-ERR [AUTH]").contains("too many failed logins, closing");
        assertThat(out.get(3)).isNotEqualTo("OK +OK");
        assertThat(pop.events).anySatisfy(e -> assertThat(e).contains("Wrong password for mailbox acme/alice"));
        assertThat(String.join("\n", pop.events)).doesNotContain("nope", "ALICE PASS 1");
    }

    @Test
    void aSecondSessionOnTheSameMailboxGetsInUseUntilTheFirstQuits() throws Exception {
        List<String> out = py("""
                first = poplib.POP3(HOST, PORT)
                first.user('alice@acme'); first.pass_('alice pass 1')
                second = poplib.POP3(HOST, PORT)
                second.user('alice@acme.test')
                print(attempt(second.pass_, 'alice pass 1'))
                other = poplib.POP3(HOST, PORT)
                other.user('bob'); print(attempt(other.pass_, 'bob-pass-2')); other.quit()
                first.quit()
                second.user('alice@acme.test')
                print(attempt(second.pass_, 'alice pass 1'))
                second.quit()
                """);
        assertThat(out.get(0)).startsWith("-ERR [IN-USE]");
        assertThat(out.get(1)).startsWith("OK +OK Logged in as acme/bob");
        assertThat(out.get(2)).startsWith("OK +OK Logged in as acme/alice");
    }

    @Test
    void uidlsAreTheMessageIdsAndSurviveSessionsAndRestarts() throws Exception {
        pop.deliver(ALICE, "Subject: a\r\n\r\n1\r\n");
        pop.deliver(ALICE, "Subject: b\r\n\r\n2\r\n");
        pop.deliver(ALICE, "Subject: c\r\n\r\n3\r\n");
        String script = """
                p = poplib.POP3(HOST, PORT)
                p.user('alice'); p.pass_('alice pass 1')
                print(' '.join(x.decode().split()[1] for x in p.uidl()[1]))
                print(p.uidl(2).decode())
                p.quit()
                """;
        List<String> first = py(script);
        List<String> again = py(script);
        pop.restart();
        List<String> afterRestart = py(script);
        assertThat(first.get(0)).isEqualTo(String.join(" ", pop.inboxIds(ALICE)));
        assertThat(first.get(1)).isEqualTo("+OK 2 " + pop.inboxIds(ALICE).get(1));
        assertThat(again).isEqualTo(first);
        assertThat(afterRestart).isEqualTo(first);
    }

    @Test
    void topSendsTheHeaderAndTheRequestedBodyLines() throws Exception {
        pop.deliver(ALICE, "Subject: top\r\nFrom: a@b.test\r\n\r\nline 1\r\nline 2\r\nline 3\r\n");
        List<String> out = py("""
                p = poplib.POP3(HOST, PORT)
                p.user('alice'); p.pass_('alice pass 1')
                print(repr(p.top(1, 2)[1]))
                print(repr(p.top(1, 0)[1]))
                print(attempt(p.top, 1, 'x'))
                p.quit()
                """);
        assertThat(out.get(0)).isEqualTo("[b'Subject: top', b'From: a@b.test', b'', b'line 1', b'line 2']");
        assertThat(out.get(1)).isEqualTo("[b'Subject: top', b'From: a@b.test', b'']");
        assertThat(out.get(2)).startsWith("-ERR Invalid line count");
    }

    @Test
    void deleThenRsetKeepsEverything() throws Exception {
        String one = "Subject: 1\r\n\r\nx\r\n";
        String two = "Subject: two\r\n\r\nyy\r\n";
        pop.deliver(ALICE, one);
        pop.deliver(ALICE, two);
        int total = one.length() + two.length();
        List<String> before = pop.inboxIds(ALICE);
        List<String> out = py("""
                p = poplib.POP3(HOST, PORT)
                p.user('alice'); p.pass_('alice pass 1')
                p.dele(1); print(p.stat()); print(attempt(p.retr, 1)); print(attempt(p.dele, 1))
                print(p.rset().decode()); print(p.stat())
                p.quit()
                """);
        assertThat(out).containsExactly("(1, " + two.length() + ")", "-ERR Message 1 is already deleted",
                "-ERR Message 1 is already deleted", "+OK Maildrop has 2 messages (" + total + " octets)",
                "(2, " + total + ")");
        assertThat(pop.inboxIds(ALICE)).isEqualTo(before);
    }

    @Test
    void deleThenQuitRemovesTheMarkedMessagesOnly() throws Exception {
        pop.deliver(ALICE, "Subject: 1\r\n\r\nx\r\n");
        pop.deliver(ALICE, "Subject: 2\r\n\r\ny\r\n");
        pop.deliver(ALICE, "Subject: 3\r\n\r\nz\r\n");
        List<String> before = pop.inboxIds(ALICE);
        List<String> out = py("""
                p = poplib.POP3(HOST, PORT)
                p.user('alice'); p.pass_('alice pass 1')
                p.dele(1); p.dele(3)
                print(p.quit().decode())
                """);
        assertThat(out).containsExactly("+OK Mailroom POP3 server signing off (1 messages left)");
        assertThat(pop.inboxIds(ALICE)).containsExactly(before.get(1));
    }

    @Test
    void dotStuffedLinesArriveAsStored() throws Exception {
        String body = "Subject: dots\r\n\r\n.\r\n..\r\n.leading\r\nmiddle . dot\r\n...\r\n.\r\nend\r\n";
        pop.deliver(ALICE, body);
        List<String> out = py("""
                p = poplib.POP3(HOST, PORT)
                p.user('alice'); p.pass_('alice pass 1')
                resp, lines, octets = p.retr(1)
                data = b'\\r\\n'.join(lines) + b'\\r\\n'
                print(p.list(1).decode().split()[2], octets - 2 * 0, len(data), hashlib.sha256(data).hexdigest())
                p.quit()
                """);
        String[] f = out.get(0).split(" ");
        assertThat(f[0]).isEqualTo(Integer.toString(body.length()));
        assertThat(f[2]).isEqualTo(Integer.toString(body.length()));
        assertThat(f[3]).isEqualTo(sha256(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTwentyMegabyteMessageArrivesWholeWithTheAdvertisedSize() throws Exception {
        StringBuilder b = new StringBuilder("Subject: big\r\nFrom: a@acme.test\r\n\r\n");
        String line = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\r\n";
        int i = 0;
        while (b.length() < 20 * 1024 * 1024) {
            b.append(i++ % 1000 == 0 ? "." + line : line);
        }
        String big = b.toString();
        pop.deliver(BOB, big);
        List<String> out = py("""
                p = poplib.POP3(HOST, PORT)
                p.user('bob@acme'); p.pass_('bob-pass-2')
                size = p.list(1).decode().split()[2]
                resp, lines, octets = p.retr(1)
                data = b'\\r\\n'.join(lines) + b'\\r\\n'
                print(size, len(data), hashlib.sha256(data).hexdigest())
                p.quit()
                """);
        assertThat(out.get(0)).isEqualTo(big.length() + " " + big.length() + " " + sha256(big.getBytes(StandardCharsets.UTF_8)));
    }

    static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
