package dev.mailroom.core.dns.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.dns.DnsClient;
import dev.mailroom.core.dns.testing.Dnsmasq;
import dev.mailroom.core.dns.testing.SilentDnsServer;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.InvalidValueException;
import java.net.InetAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sender-domain and PTR checks against a real DNS server. */
class DnsChecksTest {
    @TempDir
    static Path dir;
    static Dnsmasq dns;

    @BeforeAll
    static void startDns() throws Exception {
        dns = Dnsmasq.in(dir)
                .host("mx1.example.test", "127.0.0.5")
                .mx("example.test", "mx1.example.test", 10)
                .host("aonly.test", "127.0.0.6")
                .host("v6only.test", "2001:db8::6")
                .txt("txtonly.test", "v=spf1 -all")
                .ptr("127.0.0.5", "mx1.example.test")
                .ptr("127.0.0.6", "aonly.test")
                .ptr("127.0.0.7", "liar.test")
                .host("liar.test", "127.0.0.70")
                .start();
    }

    @AfterAll
    static void stopDns() {
        dns.close();
    }

    private DnsCheckSettings settings(boolean ptr, boolean helo) {
        return new DnsCheckSettings(dns.server(), 2000, true, ptr, helo);
    }

    private DnsCheckResult domain(String d) {
        return new SenderDomainCheck(DnsClient.standard()).check(DomainName.of(d), settings(false, false)).join();
    }

    @Test
    void aDomainWithMxOrAddressIsValid() {
        assertThat(domain("example.test").passed()).isTrue();
        assertThat(domain("aonly.test").passed()).isTrue();
        assertThat(domain("v6only.test").passed()).isTrue();
    }

    @Test
    void aDomainWithoutMxOrAddressIsRefusedPermanently() {
        DnsCheckResult nx = domain("nosuch.test");
        assertThat(nx.outcome()).isEqualTo(DnsCheckResult.Outcome.FAIL);
        assertThat(nx.reply().orElseThrow().toString()).isEqualTo("550 5.1.8 Sender address rejected: domain nosuch.test does not exist");
        DnsCheckResult txt = domain("txtonly.test");
        assertThat(txt.reply().orElseThrow().toString()).isEqualTo("550 5.1.8 Sender address rejected: domain txtonly.test has no MX, A or AAAA record");
    }

    @Test
    void aDnsTimeoutIsATemporaryRefusal() throws Exception {
        try (SilentDnsServer silent = new SilentDnsServer()) {
            DnsCheckResult r = new SenderDomainCheck(DnsClient.standard())
                    .check(DomainName.of("example.test"), new DnsCheckSettings(silent.server(), 200, true, false, false)).join();
            assertThat(r.outcome()).isEqualTo(DnsCheckResult.Outcome.TEMPFAIL);
            assertThat(r.reply().orElseThrow().toString()).startsWith("451 4.4.3 ");
        }
    }

    private DnsCheckResult ptr(String ip, String helo, boolean mustMatch) throws Exception {
        return new PtrCheck(DnsClient.standard()).check(InetAddress.getByName(ip), helo, settings(true, mustMatch)).join();
    }

    @Test
    void aClientWithoutPtrIsRefused() throws Exception {
        assertThat(ptr("127.0.0.5", "anything", false).passed()).isTrue();
        DnsCheckResult none = ptr("127.0.0.9", "anything", false);
        assertThat(none.reply().orElseThrow().toString()).isEqualTo("550 5.7.25 Client host 127.0.0.9 has no reverse DNS (PTR) record");
    }

    @Test
    void theStricterCheckWantsTheHeloNameAndAForwardConfirmation() throws Exception {
        assertThat(ptr("127.0.0.5", "MX1.example.test.", true).passed()).isTrue();
        assertThat(ptr("127.0.0.5", "other.test", true).reply().orElseThrow().toString())
                .isEqualTo("550 5.7.25 Client host 127.0.0.5 reverse DNS mx1.example.test does not match HELO other.test");
        // liar.test's PTR says 127.0.0.7 but its A record points elsewhere.
        assertThat(ptr("127.0.0.7", "liar.test", true).reply().orElseThrow().toString())
                .isEqualTo("550 5.7.25 Client host 127.0.0.7 reverse DNS name liar.test does not resolve back to it");
    }

    @Test
    void aPtrTimeoutIsATemporaryRefusal() throws Exception {
        try (SilentDnsServer silent = new SilentDnsServer()) {
            DnsCheckResult r = new PtrCheck(DnsClient.standard()).check(InetAddress.getByName("127.0.0.5"), "x",
                    new DnsCheckSettings(silent.server(), 200, false, true, false)).join();
            assertThat(r.outcome()).isEqualTo(DnsCheckResult.Outcome.TEMPFAIL);
            assertThat(r.reply().orElseThrow().code()).isEqualTo(450);
        }
    }

    @Test
    void settingsDefaultOffAndRefuseContradictions() {
        DnsCheckSettings d = DnsCheckSettings.defaults();
        assertThat(d.rejectInvalidSenderDomain()).isFalse();
        assertThat(d.requirePtr()).isFalse();
        assertThat(d.ptrMustMatchHelo()).isFalse();
        assertThatThrownBy(() -> new DnsCheckSettings("", 0, false, false, true))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "ptrMustMatchHelo");
    }
}
