package dev.mailroom.server.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.access.IpPattern;
import dev.mailroom.core.access.IpPatternList;
import dev.mailroom.core.dns.checks.DnsCheckSettings;
import dev.mailroom.core.dns.rbl.RblAction;
import dev.mailroom.core.dns.rbl.RblMode;
import dev.mailroom.core.dns.rbl.RblProvider;
import dev.mailroom.core.dns.rbl.RblRecordType;
import dev.mailroom.core.dns.rbl.RblSettings;
import dev.mailroom.core.dns.testing.Dnsmasq;
import dev.mailroom.core.dns.testing.SilentDnsServer;
import dev.mailroom.core.smtp.SmtpSections;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reverse-DNS blacklists, PTR and sender-domain checks at the SMTP door: the real server on free
 * ports, a real dnsmasq holding the lists, clients binding 127.0.0.x to be different hosts.
 */
class SmtpDnsChecksTest {
    private static final String LISTED = "127.0.0.2";
    private static final String LISTED_CODE_4 = "127.0.0.3";
    private static final String LISTED_BY_OTHER = "127.0.0.4";
    private static final String WITH_PTR = "127.0.0.5";
    private static final String CLEAN = "127.0.0.9";

    @TempDir
    static Path dnsDir;
    static Dnsmasq dns;
    @TempDir
    Path data;
    SmtpFixture f;

    @BeforeAll
    static void startDns() throws Exception {
        dns = Dnsmasq.in(dnsDir)
                .blacklist("zen.test", LISTED, "127.0.0.2")
                .blacklist("zen.test", LISTED_CODE_4, "127.0.0.4")
                .blacklist("other.test", LISTED_BY_OTHER, "127.0.0.2")
                .host("mx1.example.test", WITH_PTR)
                .mx("example.test", "mx1.example.test", 10)
                .ptr(WITH_PTR, "mx1.example.test")
                .start();
    }

    @AfterAll
    static void stopDns() {
        dns.close();
    }

    @BeforeEach
    void startServer() throws Exception {
        f = SmtpFixture.start(data);
    }

    @AfterEach
    void stopServer() {
        f.close();
    }

    private RblProvider zen(List<String> codes) {
        return new RblProvider("zen", true, "zen.test", dns.server(), RblRecordType.A, codes, null, RblAction.REJECT);
    }

    private RblProvider other() {
        return new RblProvider("other", true, "other.test", dns.server(), RblRecordType.A, List.of(),
                "Listed on other: %s", RblAction.REJECT);
    }

    private void rbl(RblMode mode, RblProvider... providers) {
        f.settings(RblSettings.SECTION, s -> new RblSettings(mode, List.of(providers), 2000, ""));
    }

    private RawSmtpClient connect(String ip) throws Exception {
        return new RawSmtpClient(ip, f.port());
    }

    /** Greeting, EHLO, MAIL FROM from an outside sender; returns the RCPT reply for alice. */
    private String rcptFrom(String ip) throws Exception {
        try (RawSmtpClient c = connect(ip)) {
            assertThat(c.reply()).startsWith("220 ");
            assertThat(c.command("EHLO client.example.test")).startsWith("250 ");
            assertThat(c.command("MAIL FROM:<someone@example.test>")).startsWith("250 ");
            String rcpt = c.command("RCPT TO:<alice@acme.test>");
            c.command("QUIT");
            return rcpt;
        }
    }

    @Test
    void offByDefaultAsksNoBlacklist() throws Exception {
        f.settings(RblSettings.SECTION, s -> s.withProviders(List.of(zen(List.of()))));
        long before = dns.queries();
        assertThat(rcptFrom(LISTED)).startsWith("250 ");
        assertThat(dns.queries()).isEqualTo(before);
    }

    @Test
    void denyAtRcptRefusesAListedClientOnly() throws Exception {
        rbl(RblMode.DENY_AT_RCPT, zen(List.of()));
        assertThat(rcptFrom(LISTED)).isEqualTo("550 5.7.1 This IP address has been blacklisted");
        assertThat(rcptFrom(CLEAN)).startsWith("250 ");
        assertThat(f.log("Debug")).contains("RBL: 127.0.0.2 is listed by zen (2.0.0.127.zen.test) with 127.0.0.2");
        assertThat(f.log("Activity")).contains("550 5.7.1 This IP address has been blacklisted");
    }

    @Test
    void denyAtConnectAnswers554InsteadOfTheGreeting() throws Exception {
        rbl(RblMode.DENY_AT_CONNECT, zen(List.of()));
        try (RawSmtpClient c = connect(LISTED)) {
            assertThat(c.reply()).isEqualTo("554 This IP address has been blacklisted");
            assertThat(c.closedByServer()).isTrue();
        }
        try (RawSmtpClient c = connect(CLEAN)) {
            assertThat(c.reply()).startsWith("220 ");
        }
        assertThat(f.log("Activity")).contains("554 This IP address has been blacklisted");
    }

    @Test
    void markModeAcceptsWithAHeader() throws Exception {
        rbl(RblMode.MARK, zen(List.of()));
        send(LISTED, "listed");
        send(CLEAN, "clean");
        SmtpFixture.awaitTrue(() -> messages().size() == 2, "two messages in alice's inbox");
        String all = String.join("\n---\n", messages());
        assertThat(messages()).filteredOn(m -> m.contains("Subject: listed")).singleElement()
                .satisfies(m -> assertThat(m).contains("X-Mailroom-RBL: listed by zen (2.0.0.127.zen.test 127.0.0.2)\r\n"));
        assertThat(messages()).filteredOn(m -> m.contains("Subject: clean")).singleElement()
                .satisfies(m -> assertThat(m).doesNotContain("X-Mailroom-RBL"));
        assertThat(all).contains("Subject: listed");
    }

    private void send(String ip, String subject) throws Exception {
        try (RawSmtpClient c = connect(ip)) {
            c.reply();
            c.command("EHLO client.example.test");
            assertThat(c.command("MAIL FROM:<someone@example.test>")).startsWith("250 ");
            assertThat(c.command("RCPT TO:<alice@acme.test>")).startsWith("250 ");
            assertThat(c.command("DATA")).startsWith("354");
            assertThat(c.command("Subject: " + subject + "\r\n\r\nbody\r\n.")).startsWith("250 ");
            c.command("QUIT");
        }
    }

    private List<String> messages() {
        try {
            List<String> out = new java.util.ArrayList<>();
            for (Path p : f.messages(SmtpFixture.ALICE)) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void onlyTheConfiguredReturnCodesRefuse() throws Exception {
        rbl(RblMode.DENY_AT_RCPT, zen(List.of("127.0.0.4")));
        assertThat(rcptFrom(LISTED_CODE_4)).startsWith("550 5.7.1 ");
        assertThat(rcptFrom(LISTED)).startsWith("250 ");
        assertThat(f.log("Debug")).contains(
                "RBL: 127.0.0.2 is in zen (2.0.0.127.zen.test) but answered 127.0.0.2, not one of the listed codes 127.0.0.4");
    }

    @Test
    void twoProvidersEitherListingRefusesWithItsOwnText() throws Exception {
        rbl(RblMode.DENY_AT_RCPT, zen(List.of()), other());
        long zenBefore = dns.queriesFor("4.0.0.127.zen.test");
        long otherBefore = dns.queriesFor("4.0.0.127.other.test");
        assertThat(rcptFrom(LISTED_BY_OTHER)).isEqualTo("550 5.7.1 Listed on other: 127.0.0.4");
        assertThat(rcptFrom(LISTED)).isEqualTo("550 5.7.1 This IP address has been blacklisted");
        assertThat(rcptFrom(CLEAN)).startsWith("250 ");
        // Both lists were asked (in parallel) even though the second one decided.
        assertThat(dns.queriesFor("4.0.0.127.zen.test")).isEqualTo(zenBefore + 1);
        assertThat(dns.queriesFor("4.0.0.127.other.test")).isEqualTo(otherBefore + 1);
    }

    @Test
    void aBlacklistThatDoesNotAnswerNeverStopsMail() throws Exception {
        try (SilentDnsServer silent = new SilentDnsServer()) {
            RblProvider dead = new RblProvider("dead", true, "zen.test", silent.server(), RblRecordType.A, List.of(), null, null);
            f.settings(RblSettings.SECTION, s -> new RblSettings(RblMode.DENY_AT_CONNECT, List.of(dead), 300, ""));
            long start = System.nanoTime();
            try (RawSmtpClient c = connect(LISTED)) {
                assertThat(c.reply()).startsWith("220 ");
            }
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000);
            assertThat(f.log("Debug")).contains(
                    "RBL: dead could not be asked about 127.0.0.2 (2.0.0.127.zen.test): no answer within 300 ms; not treated as listed (fail-open)");
        }
    }

    @Test
    void answersAreCachedSoTheDnsServerIsAskedOnce() throws Exception {
        rbl(RblMode.DENY_AT_RCPT, zen(List.of()));
        long listedBefore = dns.queriesFor("2.0.0.127.zen.test");
        long cleanBefore = dns.queriesFor("9.0.0.127.zen.test");
        for (int i = 0; i < 5; i++) {
            assertThat(rcptFrom(LISTED)).startsWith("550 ");
            assertThat(rcptFrom(CLEAN)).startsWith("250 ");
        }
        assertThat(dns.queriesFor("2.0.0.127.zen.test")).isEqualTo(listedBefore + 1);
        assertThat(dns.queriesFor("9.0.0.127.zen.test")).isEqualTo(cleanBefore + 1);
        assertThat(f.smtp().dnsGate().client().cacheHits()).isEqualTo(8);
    }

    @Test
    void anAuthenticatedClientIsNotRefused() throws Exception {
        rbl(RblMode.DENY_AT_RCPT, zen(List.of()));
        try (RawSmtpClient c = connect(LISTED)) {
            c.reply();
            c.command("EHLO client.example.test");
            // AUTH is offered off this machine only over TLS.
            assertThat(c.command("STARTTLS")).startsWith("220 ");
            c.upgradeToTls();
            c.command("EHLO client.example.test");
            String plain = Base64.getEncoder().encodeToString(
                    ("\0alice@Acme\0" + SmtpFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
            assertThat(c.command("AUTH PLAIN " + plain)).startsWith("235 ");
            assertThat(c.command("MAIL FROM:<alice@acme.test>")).startsWith("250 ");
            assertThat(c.command("RCPT TO:<bob@acme.test>")).startsWith("250 ");
        }
    }

    @Test
    void privilegedClientsAreNeitherCheckedNorRefused() throws Exception {
        f.settings(SmtpSections.RELAY, r -> r.withAllowPrivilegedRanges(true)
                .withPrivilegedRanges(IpPatternList.of(IpPattern.of("127.0.0.1"), IpPattern.of(LISTED))));
        rbl(RblMode.DENY_AT_CONNECT, zen(List.of()));
        long before = dns.queries();
        assertThat(rcptFrom(LISTED)).startsWith("250 ");
        assertThat(dns.queries()).isEqualTo(before);
        assertThat(f.log("Debug")).contains("DNS checks: 127.0.0.2 not checked: privileged IP range");
    }

    @Test
    void anInvalidSenderDomainIsRefusedAt550AndAValidOneAccepted() throws Exception {
        f.settings(DnsCheckSettings.SECTION, s -> new DnsCheckSettings(dns.server(), 2000, true, false, false));
        try (RawSmtpClient c = connect(CLEAN)) {
            c.reply();
            c.command("EHLO client.example.test");
            assertThat(c.command("MAIL FROM:<someone@nosuch.test>"))
                    .isEqualTo("550 5.1.8 Sender address rejected: domain nosuch.test does not exist");
            assertThat(c.command("MAIL FROM:<someone@example.test>")).startsWith("250 ");
        }
    }

    @Test
    void aSenderDomainThatCannotBeCheckedIsATemporaryRefusal() throws Exception {
        try (SilentDnsServer silent = new SilentDnsServer()) {
            f.settings(DnsCheckSettings.SECTION, s -> new DnsCheckSettings(silent.server(), 300, true, false, false));
            try (RawSmtpClient c = connect(CLEAN)) {
                c.reply();
                c.command("EHLO client.example.test");
                assertThat(c.command("MAIL FROM:<someone@example.test>")).startsWith("451 4.4.3 ");
            }
        }
    }

    @Test
    void aClientWithoutPtrIsRefusedWhenAPtrIsRequired() throws Exception {
        f.settings(DnsCheckSettings.SECTION, s -> new DnsCheckSettings(dns.server(), 2000, false, true, false));
        try (RawSmtpClient c = connect(CLEAN)) {
            c.reply();
            c.command("EHLO client.example.test");
            assertThat(c.command("MAIL FROM:<someone@example.test>"))
                    .isEqualTo("550 5.7.25 Client host 127.0.0.9 has no reverse DNS (PTR) record");
        }
        try (RawSmtpClient c = connect(WITH_PTR)) {
            c.reply();
            c.command("EHLO anything.example.test");
            assertThat(c.command("MAIL FROM:<someone@example.test>")).startsWith("250 ");
        }
    }

    @Test
    void theStricterPtrCheckWantsTheHeloName() throws Exception {
        f.settings(DnsCheckSettings.SECTION, s -> new DnsCheckSettings(dns.server(), 2000, false, true, true));
        try (RawSmtpClient c = connect(WITH_PTR)) {
            c.reply();
            c.command("EHLO other.example.test");
            assertThat(c.command("MAIL FROM:<someone@example.test>"))
                    .isEqualTo("550 5.7.25 Client host 127.0.0.5 reverse DNS mx1.example.test does not match HELO other.example.test");
        }
        try (RawSmtpClient c = connect(WITH_PTR)) {
            c.reply();
            c.command("EHLO mx1.example.test");
            assertThat(c.command("MAIL FROM:<someone@example.test>")).startsWith("250 ");
        }
    }
}
