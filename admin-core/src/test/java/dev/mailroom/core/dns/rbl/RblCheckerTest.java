package dev.mailroom.core.dns.rbl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.dns.DnsClient;
import dev.mailroom.core.dns.testing.Dnsmasq;
import dev.mailroom.core.dns.testing.SilentDnsServer;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RBL rules against a real DNS server (dnsmasq) holding the lists. */
class RblCheckerTest {
    @TempDir
    static Path dir;
    static Dnsmasq dns;

    @BeforeAll
    static void startDns() throws Exception {
        dns = Dnsmasq.in(dir)
                .blacklist("zen.test", "127.0.0.2", "127.0.0.2")
                .blacklist("zen.test", "127.0.0.3", "127.0.0.4")
                .blacklist("zen.test", "127.0.0.7", "127.0.0.10")
                .blacklist("other.test", "127.0.0.3", "127.0.0.2")
                .blacklist("other.test", "127.0.0.8", "127.0.0.2")
                .blacklist("zen.test", "2001:db8::25", "127.0.0.2")
                .ptrBlacklist("home.test", "192.168.55.9", "spammer.home.test")
                .start();
    }

    @AfterAll
    static void stopDns() {
        dns.close();
    }

    private RblProvider provider(String name, String zone, List<String> codes) {
        return new RblProvider(name, true, zone, dns.server(), RblRecordType.A, codes, null, null);
    }

    private RblVerdict check(String ip, RblMode mode, RblProvider... providers) throws Exception {
        RblSettings settings = new RblSettings(mode, List.of(providers), 2000, "");
        return new RblChecker(DnsClient.standard()).check(InetAddress.getByName(ip), settings).join();
    }

    @Test
    void aListedAddressIsDeniedWithTheProvidersText() throws Exception {
        RblVerdict v = check("127.0.0.2", RblMode.DENY_AT_RCPT, provider("zen", "zen.test", List.of()));
        assertThat(v.decision()).isEqualTo(RblVerdict.Decision.DENY);
        assertThat(v.reply().orElseThrow().toString()).isEqualTo("550 5.7.1 This IP address has been blacklisted");
        assertThat(v.listedBy().orElseThrow().answers()).containsExactly("127.0.0.2");
        assertThat(v.logLines().get(0))
                .isEqualTo("RBL: 127.0.0.2 is listed by zen (2.0.0.127.zen.test) with 127.0.0.2; action REJECT");
    }

    @Test
    void denyAtConnectAnswers554AndTheTextNamesTheIp() throws Exception {
        RblProvider p = new RblProvider("zen", true, "zen.test", dns.server(), RblRecordType.A, List.of(),
                "Blocked: %s is on zen, 100% sure", RblAction.REJECT);
        RblVerdict v = check("127.0.0.2", RblMode.DENY_AT_CONNECT, p);
        assertThat(v.reply().orElseThrow().toString()).isEqualTo("554 Blocked: 127.0.0.2 is on zen, 100% sure");
    }

    @Test
    void anUnlistedAddressPasses() throws Exception {
        RblVerdict v = check("127.0.0.9", RblMode.DENY_AT_RCPT, provider("zen", "zen.test", List.of()));
        assertThat(v.decision()).isEqualTo(RblVerdict.Decision.PASS);
        assertThat(v.results().get(0).outcome()).isEqualTo(RblProviderResult.Outcome.NOT_LISTED);
        assertThat(v.reply()).isEmpty();
    }

    @Test
    void onlyTheConfiguredReturnCodesCount() throws Exception {
        RblProvider codes = provider("zen", "zen.test", List.of("127.0.0.2", "127.0.0.4"));
        assertThat(check("127.0.0.2", RblMode.DENY_AT_RCPT, codes).decision()).isEqualTo(RblVerdict.Decision.DENY);
        assertThat(check("127.0.0.3", RblMode.DENY_AT_RCPT, codes).decision()).isEqualTo(RblVerdict.Decision.DENY);
        RblVerdict other = check("127.0.0.7", RblMode.DENY_AT_RCPT, codes);
        assertThat(other.decision()).isEqualTo(RblVerdict.Decision.PASS);
        assertThat(other.results().get(0).detail()).contains("answered 127.0.0.10, not one of the listed codes");
    }

    @Test
    void twoProvidersAreBothAskedAndEitherListingDenies() throws Exception {
        RblProvider zen = provider("zen", "zen.test", List.of());
        RblProvider other = provider("other", "other.test", List.of());
        RblVerdict onlyOther = check("127.0.0.8", RblMode.DENY_AT_RCPT, zen, other);
        assertThat(onlyOther.decision()).isEqualTo(RblVerdict.Decision.DENY);
        assertThat(onlyOther.listedBy().orElseThrow().provider()).isEqualTo("other");
        RblVerdict both = check("127.0.0.3", RblMode.DENY_AT_RCPT, zen, other);
        assertThat(both.results()).extracting(RblProviderResult::outcome)
                .containsExactly(RblProviderResult.Outcome.LISTED, RblProviderResult.Outcome.LISTED);
        assertThat(both.listedBy().orElseThrow().provider()).isEqualTo("zen");
    }

    @Test
    void aProviderThatTimesOutNeverRejectsAndIsReported() throws Exception {
        try (SilentDnsServer silent = new SilentDnsServer()) {
            RblProvider dead = new RblProvider("dead", true, "zen.test", silent.server(), RblRecordType.A, List.of(), null, null);
            RblSettings settings = new RblSettings(RblMode.DENY_AT_RCPT, List.of(dead, provider("other", "other.test", List.of())), 300, "");
            long start = System.nanoTime();
            RblVerdict v = new RblChecker(DnsClient.standard()).check(InetAddress.getByName("127.0.0.2"), settings).join();
            long took = (System.nanoTime() - start) / 1_000_000;
            assertThat(v.decision()).isEqualTo(RblVerdict.Decision.PASS);
            assertThat(v.incomplete()).isTrue();
            assertThat(v.results().get(0).outcome()).isEqualTo(RblProviderResult.Outcome.TIMEOUT);
            assertThat(v.logLines()).anySatisfy(l -> assertThat(l)
                    .isEqualTo("RBL: dead could not be asked about 127.0.0.2 (2.0.0.127.zen.test): no answer within 300 ms; not treated as listed (fail-open)"));
            // Providers are asked in parallel: the live one does not wait for the dead one twice over.
            assertThat(took).isLessThan(1500);
        }
    }

    @Test
    void aTimeoutDoesNotHideAListingByAnotherProvider() throws Exception {
        try (SilentDnsServer silent = new SilentDnsServer()) {
            RblProvider dead = new RblProvider("dead", true, "zen.test", silent.server(), RblRecordType.A, List.of(), null, null);
            RblSettings settings = new RblSettings(RblMode.DENY_AT_RCPT, List.of(dead, provider("other", "other.test", List.of())), 300, "");
            RblVerdict v = new RblChecker(DnsClient.standard()).check(InetAddress.getByName("127.0.0.8"), settings).join();
            assertThat(v.decision()).isEqualTo(RblVerdict.Decision.DENY);
        }
    }

    @Test
    void markModeAndMarkActionAddAHeaderInsteadOfRefusing() throws Exception {
        RblVerdict marked = check("127.0.0.2", RblMode.MARK, provider("zen", "zen.test", List.of()));
        assertThat(marked.decision()).isEqualTo(RblVerdict.Decision.MARK);
        assertThat(marked.header().orElseThrow()).isEqualTo("listed by zen (2.0.0.127.zen.test 127.0.0.2)");
        RblProvider markOnly = new RblProvider("zen", true, "zen.test", dns.server(), RblRecordType.A, List.of(), null, RblAction.MARK);
        assertThat(check("127.0.0.2", RblMode.DENY_AT_CONNECT, markOnly).decision()).isEqualTo(RblVerdict.Decision.MARK);
        RblProvider logOnly = new RblProvider("zen", true, "zen.test", dns.server(), RblRecordType.A, List.of(), null, RblAction.LOG);
        RblVerdict logged = check("127.0.0.2", RblMode.DENY_AT_CONNECT, logOnly);
        assertThat(logged.decision()).isEqualTo(RblVerdict.Decision.PASS);
        assertThat(logged.logLines().get(0)).contains("is listed by zen");
    }

    @Test
    void ipv6ClientsAreLookedUpNibbleReversed() throws Exception {
        RblVerdict v = check("2001:db8::25", RblMode.DENY_AT_RCPT, provider("zen", "zen.test", List.of()));
        assertThat(v.decision()).isEqualTo(RblVerdict.Decision.DENY);
        assertThat(v.listedBy().orElseThrow().query())
                .isEqualTo("5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.test");
        assertThat(check("2001:db8::26", RblMode.DENY_AT_RCPT, provider("zen", "zen.test", List.of())).decision())
                .isEqualTo(RblVerdict.Decision.PASS);
    }

    @Test
    void aHomeMadePtrListAsArticle18DescribesIt() throws Exception {
        RblProvider home = new RblProvider("Own DNS", true, "home.test", dns.server(), RblRecordType.PTR, List.of(), null, null);
        RblVerdict v = check("192.168.55.9", RblMode.DENY_AT_RCPT, home);
        assertThat(v.decision()).isEqualTo(RblVerdict.Decision.DENY);
        assertThat(v.listedBy().orElseThrow().answers()).containsExactly("spammer.home.test");
        assertThat(check("192.168.55.10", RblMode.DENY_AT_RCPT, home).decision()).isEqualTo(RblVerdict.Decision.PASS);
    }

    @Test
    void onlyEnabledProvidersAreAsked() throws Exception {
        RblSettings settings = new RblSettings(RblMode.DENY_AT_RCPT,
                List.of(provider("zen", "zen.test", List.of()).withEnabled(false)), 2000, "");
        RblVerdict v = new RblChecker(DnsClient.standard()).check(InetAddress.getByName("127.0.0.2"), settings).join();
        assertThat(v.results()).isEmpty();
        assertThat(v.decision()).isEqualTo(RblVerdict.Decision.PASS);
    }

    @Test
    void loopbackAuthenticatedAndPrivilegedClientsAreExempt() throws Exception {
        assertThat(RblChecker.exemption(InetAddress.getByName("127.0.0.1"), false, false)).contains("loopback client");
        assertThat(RblChecker.exemption(InetAddress.getByName("::1"), false, false)).contains("loopback client");
        assertThat(RblChecker.exemption(InetAddress.getByName("192.0.2.1"), true, false)).contains("authenticated client");
        assertThat(RblChecker.exemption(InetAddress.getByName("192.0.2.1"), false, true)).contains("privileged IP range");
        assertThat(RblChecker.exemption(InetAddress.getByName("127.0.0.2"), false, false)).isEmpty();
    }
}
