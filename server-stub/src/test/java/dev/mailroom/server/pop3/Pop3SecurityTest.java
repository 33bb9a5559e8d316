package dev.mailroom.server.pop3;

import static dev.mailroom.server.pop3.Pop3Fixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.pop3.Pop3Settings;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS, clear-text refusal, auto-ban and limits. Clients that must not count as loopback connect
 * to this machine's own non-loopback address (their source address is then that address too).
 */
class Pop3SecurityTest {
    @TempDir
    Path data;
    @TempDir
    Path work;
    Pop3Fixture pop;

    @BeforeEach
    void create() throws Exception {
        pop = new Pop3Fixture(data);
    }

    @AfterEach
    void stop() {
        pop.close();
    }

    /** An IPv4 address of this machine that is not loopback; every CI machine has one. */
    static String externalAddress() throws Exception {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    return a.getHostAddress();
                }
            }
        }
        throw new AssertionError("this machine has no non-loopback IPv4 address to act as a remote client");
    }

    static Pop3Settings with(Pop3Settings s, int maxConnections, int idleSeconds, int maxFailed, Pop3Settings.AutoBan ban) {
        return new Pop3Settings(s.port(), s.portEnabled(), s.tlsPort(), s.tlsPortEnabled(), s.bindAddress(),
                s.allowClearTextLogin(), s.alternateAtCharacters(), maxConnections, idleSeconds, maxFailed, ban);
    }

    @Test
    void aRemoteClientMustUseStlsBeforeItsPasswordThenAuthPlainWorks() throws Exception {
        pop.start();
        pop.deliver(ALICE, "Subject: tls\r\n\r\nsecret body\r\n");
        List<String> out = PythonPop.ok(work, externalAddress(), pop.port(), pop.tlsPort(), """
                p = poplib.POP3(HOST, PORT)
                print(sorted(p.capa().keys()))
                print(attempt(p.user, 'alice@acme'))
                print(attempt(p._shortcmd, 'AUTH PLAIN ' + base64.b64encode(b'\\0alice@acme\\0alice pass 1').decode()))
                print(p.stls(ctx).decode())
                print(sorted(p.capa().keys()))
                p._putcmd('AUTH PLAIN')
                print(p._getline()[0].decode())
                print(p._shortcmd(base64.b64encode(b'\\0alice@acme\\0alice pass 1').decode()).decode())
                print(p.retr(1)[1])
                p.quit()
                s = poplib.POP3_SSL(HOST, TLSPORT, context=ctx)
                s.user('alice@acme.test'); print(s.pass_('alice pass 1').decode()); s.quit()
                """);
        assertThat(out.get(0)).isEqualTo("['AUTH-RESP-CODE', 'IMPLEMENTATION', 'RESP-CODES', 'STLS', 'TOP', 'UIDL']");
        assertThat(out.get(1)).startsWith("-ERR [AUTH] Plain-text login is not allowed");
        assertThat(out.get(2)).startsWith("-ERR [AUTH] Plain-text login is not allowed");
        assertThat(out.get(3)).isEqualTo("+OK Begin TLS negotiation");
        assertThat(out.get(4)).isEqualTo("['AUTH-RESP-CODE', 'IMPLEMENTATION', 'RESP-CODES', 'SASL', 'TOP', 'UIDL', 'USER']");
        assertThat(out.get(5)).isEqualTo("+ ");
        assertThat(out.get(6)).startsWith("+OK Logged in as acme/alice: 1 messages");
        assertThat(out.get(7)).isEqualTo("[b'Subject: tls', b'', b'secret body']");
        assertThat(out.get(8)).startsWith("+OK Logged in as acme/alice");
    }

    @Test
    void allowClearTextLoginLetsARemoteClientLogInWithoutTls() throws Exception {
        Pop3Settings s = pop.settings.get();
        pop.settings.set(new Pop3Settings(s.port(), true, s.tlsPort(), true, "", true, "", 100, 600, 3, s.autoBan()));
        pop.start();
        List<String> out = PythonPop.ok(work, externalAddress(), pop.port(), 0, """
                p = poplib.POP3(HOST, PORT)
                p.user('alice@acme'); print(p.pass_('alice pass 1').decode()); p.quit()
                """);
        assertThat(out.get(0)).startsWith("+OK Logged in as acme/alice");
    }

    @Test
    void repeatedFailuresBanTheAddressUntilTheBanEndsOrIsLifted() throws Exception {
        pop.settings.set(with(pop.settings.get(), 100, 600, 10, new Pop3Settings.AutoBan(true, 3, 10, 30)));
        pop.start();
        String host = externalAddress();
        String failThrice = """
                p = poplib.POP3_SSL(HOST, TLSPORT, context=ctx)
                for i in range(3):
                    p.user('alice@acme'); print(attempt(p.pass_, 'wrong'))
                p.close()
                try:
                    q = poplib.POP3(HOST, PORT)
                    print('greeted', q.getwelcome().decode())
                except poplib.error_proto as e:
                    print('refused', e.args[0].decode())
                """;
        List<String> out = PythonPop.ok(work, host, pop.port(), pop.tlsPort(), failThrice);
        assertThat(out.get(3)).startsWith("refused -ERR [AUTH] Address " + host + " is refused until 08:30 UTC");
        assertThat(pop.server().bans().list()).singleElement()
                .satisfies(b -> assertThat(b.address()).isEqualTo(host));

        pop.clock.advance(Duration.ofMinutes(31));
        assertThat(pop.server().bans().list()).isEmpty();
        out = PythonPop.ok(work, host, pop.port(), pop.tlsPort(), failThrice);
        assertThat(out.get(3)).startsWith("refused");

        assertThat(pop.server().bans().unban(host)).isTrue();
        out = PythonPop.ok(work, host, pop.port(), pop.tlsPort(), """
                q = poplib.POP3(HOST, PORT)
                print('greeted', q.getwelcome().decode())
                """);
        assertThat(out.get(0)).isEqualTo("greeted +OK Mailroom POP3 server ready");
    }

    @Test
    void loopbackIsNeverBannedAndTheSwitchTurnsBansOff() throws Exception {
        pop.settings.set(with(pop.settings.get(), 100, 600, 10, new Pop3Settings.AutoBan(true, 2, 10, 30)));
        pop.start();
        String script = """
                for i in range(2):
                    p = poplib.POP3(HOST, PORT)
                    for j in range(3):
                        p.user('alice@acme'); attempt(p.pass_, 'wrong')
                    p.close()
                print(poplib.POP3(HOST, PORT).getwelcome().decode())
                """;
        assertThat(PythonPop.ok(work, "127.0.0.1", pop.port(), 0, script)).containsExactly("+OK Mailroom POP3 server ready");
        pop.settings.set(with(pop.settings.get(), 100, 600, 10, new Pop3Settings.AutoBan(false, 2, 10, 30)));
        String tls = script.replace("poplib.POP3(HOST, PORT)", "poplib.POP3_SSL(HOST, TLSPORT, context=ctx)");
        assertThat(PythonPop.ok(work, externalAddress(), pop.port(), pop.tlsPort(), tls))
                .containsExactly("+OK Mailroom POP3 server ready");
        assertThat(pop.server().bans().list()).isEmpty();
    }

    @Test
    void connectionsOverTheLimitAreRefusedWithAReason() throws Exception {
        pop.settings.set(with(pop.settings.get(), 2, 600, 3, Pop3Settings.AutoBan.defaults()));
        pop.start();
        try (RawPop3 a = new RawPop3("127.0.0.1", pop.port()); RawPop3 b = new RawPop3("127.0.0.1", pop.port())) {
            assertThat(a.greeting).startsWith("+OK");
            assertThat(b.greeting).startsWith("+OK");
            try (RawPop3 c = new RawPop3("127.0.0.1", pop.port())) {
                assertThat(c.greeting).isEqualTo("-ERR [SYS/TEMP] Too many connections (2), try again later");
                assertThat(c.line()).isNull();
            }
            assertThat(a.cmd("QUIT")).startsWith("+OK");
            Pop3ProtocolTest.await(() -> pop.server().connectionsNow() == 1, "the first connection is counted out");
            try (RawPop3 d = new RawPop3("127.0.0.1", pop.port())) {
                assertThat(d.greeting).startsWith("+OK");
            }
        }
    }

    @Test
    void anIdleClientIsDisconnectedAndItsMarksAreForgotten() throws Exception {
        pop.settings.set(with(pop.settings.get(), 100, 1, 3, Pop3Settings.AutoBan.defaults()));
        pop.start();
        pop.deliver(ALICE, "Subject: idle\r\n\r\nx\r\n");
        try (RawPop3 c = new RawPop3("127.0.0.1", pop.port())) {
            c.cmd("USER alice");
            assertThat(c.cmd("PASS " + Pop3Fixture.ALICE_PASSWORD)).startsWith("+OK");
            assertThat(c.cmd("DELE 1")).startsWith("+OK");
            assertThat(c.line()).isEqualTo("-ERR Idle timeout, closing connection");
            assertThat(c.line()).isNull();
        }
        assertThat(pop.inboxIds(ALICE)).hasSize(1);
    }

    @Test
    void aPortThatCannotBeBoundIsStoppedWithTheReasonAndTheOtherRuns() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Pop3Settings s = pop.settings.get();
            pop.settings.set(new Pop3Settings(taken.getLocalPort(), true, 0, true, "127.0.0.1", false, "", 100, 600, 3,
                    s.autoBan()));
            pop.start();
            assertThat(pop.listener("POP3").state()).isEqualTo("STOPPED");
            assertThat(pop.listener("POP3").reason()).contains("127.0.0.1:" + taken.getLocalPort())
                    .containsIgnoringCase("in use");
            assertThat(pop.listener("POP3 TLS").running()).isTrue();
            List<String> out = PythonPop.ok(work, "127.0.0.1", 0, pop.tlsPort(), """
                    s = poplib.POP3_SSL(HOST, TLSPORT, context=ctx)
                    s.user('alice'); print(s.pass_('alice pass 1').decode()); s.quit()
                    """);
            assertThat(out.get(0)).startsWith("+OK Logged in");
        }
    }
}
