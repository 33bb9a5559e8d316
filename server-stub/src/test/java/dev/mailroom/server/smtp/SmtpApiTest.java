package dev.mailroom.server.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.api.ApiJson;
import dev.mailroom.core.smtp.OutboundQueueDto;
import dev.mailroom.core.smtp.RelayTestRequest;
import dev.mailroom.core.smtp.RelayTestResult;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SMTP endpoints over the real admin API. */
class SmtpApiTest {
    @TempDir
    Path dir;
    SmtpFixture f;
    AdminClient client;

    @BeforeEach
    void start() throws Exception {
        f = SmtpFixture.start(dir);
        client = f.server.client();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private RelayTestResult test(RelayTestRequest r) throws Exception {
        return ApiJson.mapper().treeToValue(client.post("/smtp/relay-test", r), RelayTestResult.class);
    }

    @Test
    void relayTesterGivesTheServersVerdictAndDebugLines() throws Exception {
        RelayTestResult denied = test(new RelayTestRequest("192.0.2.7", "", "x@remote.test", "carol@far.test"));
        assertThat(denied.verdict()).isEqualTo("DENY");
        assertThat(denied.reply()).isEqualTo(SmtpRelayTest.REFUSED);
        assertThat(denied.log()).contains("ME-I0111: Relay Denied: Failed to meet all relay criteria");

        RelayTestResult auth = test(new RelayTestRequest("192.0.2.7", "alice@Acme", "alice@acme.test", "carol@far.test"));
        assertThat(auth.verdict()).isEqualTo("RELAY");
        assertThat(auth.log()).contains("ME-I0108: Relay Granted: Sender has authenticated");

        RelayTestResult local = test(new RelayTestRequest("192.0.2.7", "", "x@remote.test", "bob@acme.test"));
        assertThat(local.verdict()).isEqualTo("LOCAL");
        assertThat(local.mailboxes()).containsExactly("Acme/bob");
        assertThat(local.log()).contains("ME-I0101: Local Delivery: Address (bob@acme.test) is local");
    }

    @Test
    void badInputIsA400NamingTheField() {
        assertThatThrownBy(() -> test(new RelayTestRequest("not-an-ip", "", "x@remote.test", "a@b.test")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error().field()).isEqualTo("clientIp");
                });
        assertThatThrownBy(() -> test(new RelayTestRequest("192.0.2.7", "ghost@Acme", "x@remote.test", "a@b.test")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.error().field()).isEqualTo("authenticatedAs"));
    }

    @Test
    void outboundQueueIsListedAndSaysRemoteDeliveryIsNotActive() throws Exception {
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.1", f.port())) {
            c.reply();
            c.command("EHLO app.local");
            c.command("MAIL FROM:<app@remote.test>");
            assertThat(c.command("RCPT TO:<carol@far.test>")).startsWith("250");
            c.command("DATA");
            assertThat(c.command("Subject: out\r\n\r\nbye\r\n.")).startsWith("250");
        }
        JsonNode json = client.get("/smtp/queue/outbound");
        OutboundQueueDto q = ApiJson.mapper().treeToValue(json, OutboundQueueDto.class);
        assertThat(q.remoteDeliveryActive()).isFalse();
        assertThat(q.note()).contains("not active");
        assertThat(q.messages()).singleElement().satisfies(m -> {
            assertThat(m.recipients()).containsExactly("carol@far.test");
            assertThat(m.sender()).isEqualTo("app@remote.test");
            assertThat(dir.resolve("Queues/Outbound/" + m.id() + ".MAI")).exists();
        });
        assertThat(client.get("/smtp/tls").get("selfSigned").asBoolean()).isTrue();
    }
}
