package dev.mailroom.core.relay;

import static dev.mailroom.core.relay.RelayDeciderContract.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.config.ConfigStore;
import dev.mailroom.core.config.ServerSettings;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.testing.TestDirectories;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's "Test relay…" entry point: typed fields in, the server's own verdict and lines out. */
class RelayTesterTest {
    @TempDir
    Path dataDir;
    private ConfigStore dir;
    private RelayTester tester;

    @BeforeEach
    void setUp() {
        dir = TestDirectories.configStore(dataDir);
        RelayDeciderContract.seed(dir);
        tester = new RelayTester(dir, RelaySettings.defaults(), SecuritySettings.defaults(), new ServerSettings("example", "mail.example.test"));
    }

    @Test
    void strangerRelayIsRefusedWithTheServersLines() {
        RcptDecision d = tester.test("203.0.113.5", "", "someone@remote.test", "victim@elsewhere.test");
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.reply().toString())
                .isEqualTo("550 5.7.1 This mail server requires authentication. Please check your mail client settings.");
        assertThat(d.log()).containsExactly("Sender Accepted: someone@remote.test",
                "ME-I0111: Relay Denied: Failed to meet all relay criteria");
    }

    @Test
    void authenticatedByAnyLoginForm() {
        for (String login : new String[] {"alice", "alice@example", "alice@example.test"}) {
            RcptDecision d = tester.test("203.0.113.5", login, "alice@example.test", "friend@elsewhere.test");
            assertThat(d.verdict()).as(login).isEqualTo(Verdict.RELAY);
            assertThat(d.log()).as(login).contains("ME-I0108: Relay Granted: Sender has authenticated");
        }
        RcptDecision spoof = tester.test("203.0.113.5", "bob@example.test", "alice@example.test", "friend@elsewhere.test");
        assertThat(spoof.reply().code()).isEqualTo(553);
        assertThat(spoof.log()).containsExactly("Sender Denied: Authenticated mailbox (example/bob) does not own address (alice@example.test)");
        assertThat(ALICE.toString()).isEqualTo("example/alice");
    }

    @Test
    void fieldErrorsNameTheirField() {
        assertThatThrownBy(() -> tester.test("not-an-ip", "", "a@b.test", "c@d.test"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("clientIp");
        assertThatThrownBy(() -> tester.test("127.0.0.2", "nobody", "a@b.test", "c@d.test"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Login name (nobody) does not name a mailbox")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("authenticatedAs");
        assertThatThrownBy(() -> tester.test("127.0.0.2", "", "a@b.test", " "))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("recipient");
    }

    @Test
    void malformedAddressesAreAVerdictNotAnError() {
        RcptDecision d = tester.test("::1", "", "a@b.test", "no-at-sign");
        assertThat(d.reply().toString()).isEqualTo("501 5.1.3 Bad recipient address syntax");
    }
}
