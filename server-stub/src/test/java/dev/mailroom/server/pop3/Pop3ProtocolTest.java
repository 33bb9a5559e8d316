package dev.mailroom.server.pop3;

import static dev.mailroom.server.pop3.Pop3Fixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact replies to well-formed, malformed and out-of-state commands, over a bare socket. */
class Pop3ProtocolTest {
    @TempDir
    Path data;
    Pop3Fixture pop;

    @BeforeEach
    void start() throws Exception {
        pop = new Pop3Fixture(data).start();
    }

    @AfterEach
    void stop() {
        pop.close();
    }

    private RawPop3 connect() throws Exception {
        return new RawPop3("127.0.0.1", pop.port());
    }

    private static RawPop3 login(RawPop3 c) throws Exception {
        assertThat(c.cmd("USER alice@acme")).startsWith("+OK");
        assertThat(c.cmd("PASS " + Pop3Fixture.ALICE_PASSWORD)).startsWith("+OK Logged in");
        return c;
    }

    static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void everyMalformedOrOutOfStateCommandGetsAReasonAndTheSessionGoesOn() throws Exception {
        pop.deliver(ALICE, "Subject: x\r\n\r\nbody\r\n");
        try (RawPop3 c = connect()) {
            assertThat(c.greeting).isEqualTo("+OK Mailroom POP3 server ready");
            assertThat(c.cmd("STAT")).isEqualTo("-ERR STAT is not valid in the AUTHORIZATION state; log in first");
            assertThat(c.cmd("RETR 1")).startsWith("-ERR RETR is not valid in the AUTHORIZATION state");
            assertThat(c.cmd("PASS x")).isEqualTo("-ERR PASS must follow a successful USER command");
            assertThat(c.cmd("USER")).startsWith("-ERR USER needs exactly one argument");
            assertThat(c.cmd("FROB x")).isEqualTo("-ERR Unknown command FROB");
            assertThat(c.cmd("")).isEqualTo("-ERR Empty command");
            assertThat(c.cmd("X".repeat(300))).startsWith("-ERR Line too long");
            assertThat(c.cmd("APOP alice 0123456789abcdef0123456789abcdef")).startsWith("-ERR APOP is not supported");
            assertThat(c.cmd("AUTH CRAM-MD5")).startsWith("-ERR Unsupported authentication mechanism");
            assertThat(c.cmd("AUTH PLAIN !!!")).isEqualTo("-ERR AUTH PLAIN response is not valid base64");
            assertThat(c.cmd("AUTH PLAIN")).isEqualTo("+ ");
            assertThat(c.cmd("*")).isEqualTo("-ERR AUTH cancelled by the client");
            login(c);
            assertThat(c.cmd("USER bob")).startsWith("-ERR USER is not valid in the TRANSACTION state; already logged in");
            assertThat(c.cmd("STLS")).startsWith("-ERR STLS is not valid in the TRANSACTION state");
            assertThat(c.cmd("LIST x")).isEqualTo("-ERR Invalid message number: 'x'");
            assertThat(c.cmd("LIST 0")).startsWith("-ERR No such message: 0");
            assertThat(c.cmd("RETR 2")).isEqualTo("-ERR No such message: 2 (the maildrop has 1)");
            assertThat(c.cmd("RETR -1")).startsWith("-ERR Invalid message number");
            assertThat(c.cmd("DELE")).startsWith("-ERR DELE needs exactly one argument");
            assertThat(c.cmd("TOP 1")).startsWith("-ERR TOP needs two arguments");
            assertThat(c.cmd("TOP 1 -3")).startsWith("-ERR Invalid line count");
            assertThat(c.cmd("STAT now")).isEqualTo("-ERR STAT takes no arguments");
            assertThat(c.cmd("stat")).isEqualTo("+OK 1 " + "Subject: x\r\n\r\nbody\r\n".length());
            assertThat(c.cmd("NOOP")).isEqualTo("+OK");
            assertThat(c.cmd("QUIT")).startsWith("+OK");
            assertThat(c.line()).isNull();
        }
    }

    @Test
    void listSizesAreTheOctetsRetrSends() throws Exception {
        String bareLf = "Subject: lf\n\nfirst\n.dot\nlast";
        pop.deliver(ALICE, bareLf);
        pop.deliver(ALICE, "Subject: crlf\r\n\r\nok\r\n");
        try (RawPop3 c = login(connect())) {
            List<String> list = c.multi("LIST");
            assertThat(list.get(0)).startsWith("+OK 2 messages");
            for (int n = 1; n <= 2; n++) {
                List<String> retr = c.multi("RETR " + n);
                long received = retr.stream().skip(1).mapToLong(l -> l.length() + 2).sum();
                assertThat(list.get(n)).isEqualTo(n + " " + received);
                assertThat(retr.get(0)).isEqualTo("+OK " + received + " octets");
            }
            assertThat(c.multi("RETR 1")).containsExactly("+OK 34 octets", "Subject: lf", "", "first", ".dot", "last");
        }
    }

    @Test
    void aDroppedConnectionRemovesNothingAndReleasesTheLock() throws Exception {
        pop.deliver(ALICE, "Subject: 1\r\n\r\nx\r\n");
        pop.deliver(ALICE, "Subject: 2\r\n\r\ny\r\n");
        List<String> before = pop.inboxIds(ALICE);
        RawPop3 c = login(connect());
        assertThat(c.cmd("DELE 1")).startsWith("+OK");
        assertThat(c.cmd("DELE 2")).startsWith("+OK");
        assertThat(pop.server().isLocked(ALICE)).isTrue();
        c.drop();
        await(() -> !pop.server().isLocked(ALICE), "the dropped session released alice's maildrop");
        assertThat(pop.inboxIds(ALICE)).isEqualTo(before);
        try (RawPop3 again = login(connect())) {
            assertThat(again.cmd("STAT")).startsWith("+OK 2 ");
        }
    }

    @Test
    void capaListsWhatThisConnectionMayUse() throws Exception {
        try (RawPop3 c = connect()) {
            assertThat(c.multi("CAPA")).containsExactly("+OK Capability list follows", "TOP", "UIDL", "RESP-CODES",
                    "AUTH-RESP-CODE", "USER", "SASL PLAIN", "STLS", "IMPLEMENTATION Mailroom");
            login(c);
            assertThat(c.multi("CAPA")).containsExactly("+OK Capability list follows", "TOP", "UIDL", "RESP-CODES",
                    "AUTH-RESP-CODE", "IMPLEMENTATION Mailroom");
        }
    }

    @Test
    void authPlainWithAContinuationAndARefusedAuthorizationIdentity() throws Exception {
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        try (RawPop3 c = connect()) {
            String asBob = b64.encodeToString(("bob@acme\0alice@acme\0" + Pop3Fixture.ALICE_PASSWORD).getBytes());
            assertThat(c.cmd("AUTH PLAIN " + asBob)).startsWith("-ERR [AUTH] Logging in as another user");
            assertThat(c.cmd("AUTH PLAIN")).isEqualTo("+ ");
            String ok = b64.encodeToString(("\0alice@acme.test\0" + Pop3Fixture.ALICE_PASSWORD).getBytes());
            assertThat(c.cmd(ok)).startsWith("+OK Logged in as acme/alice");
        }
    }

    @Test
    void aLineThatNeverEndsClosesTheConnectionAndTheServerStaysUp() throws Exception {
        try (RawPop3 c = connect()) {
            c.sendRaw("NOOP " + "x".repeat(200_000));
            assertThat(c.line()).isNull();
        }
        try (RawPop3 c = connect()) {
            assertThat(c.greeting).startsWith("+OK");
        }
    }
}
