package dev.mailroom.server.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.api.ApiJson;
import dev.mailroom.core.dns.rbl.RblMode;
import dev.mailroom.core.dns.rbl.RblProvider;
import dev.mailroom.core.dns.rbl.RblProviderResult;
import dev.mailroom.core.dns.rbl.RblRecordType;
import dev.mailroom.core.dns.rbl.RblSettings;
import dev.mailroom.core.dns.rbl.RblTestReport;
import dev.mailroom.core.dns.rbl.RblTestRequest;
import dev.mailroom.core.dns.rbl.RblVerdict;
import dev.mailroom.core.dns.testing.Dnsmasq;
import dev.mailroom.server.admin.AdminContext;
import dev.mailroom.server.admin.AdminServer;
import dev.mailroom.server.admin.ApiRouter;
import dev.mailroom.server.admin.BearerToken;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Test… endpoint over real HTTP, against a real DNS server. */
class RblApiTest {
    @TempDir
    static Path dir;
    static Dnsmasq dns;
    static AdminServer server;
    static AdminClient client;

    @BeforeAll
    static void start() throws Exception {
        dns = Dnsmasq.in(dir).blacklist("zen.test", "127.0.0.2", "127.0.0.2")
                .blacklist("other.test", "127.0.0.2", "127.0.0.4").start();
        ApiRouter router = new ApiRouter();
        // The endpoint only reads stored settings when a request carries none; these requests all do.
        new RblApi(new AdminContext(null, List.of(), Instant.now())).register(router);
        BearerToken token = BearerToken.random();
        server = AdminServer.start(InetAddress.getLoopbackAddress(), 0, router, token);
        client = AdminClient.connect(URI.create("http://127.0.0.1:" + server.address().getPort()), token.value());
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        dns.close();
    }

    private RblSettings settings() {
        return new RblSettings(RblMode.DENY_AT_CONNECT, List.of(
                new RblProvider("zen", true, "zen.test", dns.server(), RblRecordType.A, List.of(), null, null),
                new RblProvider("other", false, "other.test", dns.server(), RblRecordType.A, List.of("127.0.0.2"), null, null)),
                2000, "");
    }

    private RblTestReport test(RblTestRequest request) throws Exception {
        return ApiJson.mapper().treeToValue(client.post(RblTestRequest.PATH, request), RblTestReport.class);
    }

    @Test
    void reportsEachProvidersAnswerAndTheVerdict() throws Exception {
        RblTestReport report = test(new RblTestRequest("127.0.0.2", settings(), false));
        assertThat(report.decision()).isEqualTo(RblVerdict.Decision.DENY);
        assertThat(report.reply()).isEqualTo("554 This IP address has been blacklisted");
        assertThat(report.results()).singleElement().satisfies(r -> {
            assertThat(r.provider()).isEqualTo("zen");
            assertThat(r.answers()).containsExactly("127.0.0.2");
        });
        assertThat(report.log()).contains("RBL: 127.0.0.2 is listed by zen (2.0.0.127.zen.test) with 127.0.0.2; action REJECT");
    }

    @Test
    void checkThisServerAsksDisabledProvidersToo() throws Exception {
        RblTestReport report = test(new RblTestRequest("127.0.0.2", settings(), true));
        assertThat(report.results()).extracting(RblProviderResult::provider).containsExactly("zen", "other");
        assertThat(report.results().get(1).outcome()).isEqualTo(RblProviderResult.Outcome.NOT_LISTED);
        assertThat(report.results().get(1).detail()).contains("answered 127.0.0.4");
        RblTestReport clean = test(new RblTestRequest("127.0.0.9", settings(), true));
        assertThat(clean.decision()).isEqualTo(RblVerdict.Decision.PASS);
        assertThat(clean.listedAnywhere()).isFalse();
    }

    @Test
    void aBadAddressIsA400NamingTheField() {
        assertThatThrownBy(() -> client.post(RblTestRequest.PATH, new RblTestRequest("mail.example.com", settings(), false)))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> {
                    assertThat(((ApiException) e).status()).isEqualTo(400);
                    assertThat(((ApiException) e).field()).isEqualTo("ip");
                });
    }
}
