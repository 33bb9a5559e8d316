package dev.mailroom.app.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.app.common.SameThreadTaskExecutor;
import dev.mailroom.core.access.AccessMode;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.relay.RelaySettings;
import dev.mailroom.core.smtp.RelayTestResult;
import dev.mailroom.core.smtp.SmtpSections;
import dev.mailroom.core.smtp.SmtpSettings;
import dev.mailroom.server.RunningServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SMTP dialog's view models against a real server, without a window. */
class SmtpPropertiesViewModelTest {
    @TempDir
    Path dir;
    RunningServer server;
    AdminClient client;

    @BeforeEach
    void start() throws Exception {
        server = SmtpServerForConsole.start(dir);
        client = server.client();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SmtpPropertiesViewModel vm() throws Exception {
        return new SmtpPropertiesViewModel(new SameThreadTaskExecutor(), client, SmtpSettingsBundle.load(client));
    }

    @Test
    void showsTheServersSettingsAndSavesEveryTab() throws Exception {
        SmtpPropertiesViewModel vm = vm();
        assertThat(vm.port.text()).isEqualTo("25");
        assertThat(vm.privilegedRanges.text()).isEqualTo("127.0.0.1\n::1");
        assertThat(vm.certificateDescription()).contains("CN=localhost").contains("self-signed");
        vm.maxRecipients.setText("7");
        vm.greeting.setText("Welcome to Acme");
        vm.allowAuthenticated.set(false);
        vm.accessPatterns.setText("192.168.0.*\n10.0.0.0/8");
        vm.debugLog.set(false);
        assertThat(vm.save(() -> { })).isTrue();
        SmtpSettings smtp = client.getSettings(SmtpSections.SMTP.name(), SmtpSettings.class);
        assertThat(smtp.limits().maxRecipients()).isEqualTo(7);
        assertThat(smtp.greeting()).isEqualTo("Welcome to Acme");
        assertThat(smtp.logging().debug()).isFalse();
        assertThat(client.getSettings(SmtpSections.RELAY.name(), RelaySettings.class).allowAuthenticated()).isFalse();
        assertThat(server.context().settings().read(SmtpSections.ACCESS).patterns().texts())
                .containsExactly("192.168.0.*", "10.0.0.0/8");
    }

    @Test
    void refusedValuesAreShownBesideTheirFieldAndNothingIsSent() throws Exception {
        SmtpPropertiesViewModel vm = vm();
        vm.port.setText("70000");
        vm.privilegedRanges.setText("192.168.300.1");
        assertThat(vm.save(() -> { })).isFalse();
        assertThat(vm.port.error()).contains("between 1 and 65535");
        assertThat(vm.privilegedRanges.error()).isNotNull();
        vm.port.setText("25");
        vm.privilegedRanges.setText("127.0.0.1");
        vm.accessMode.set(AccessMode.ALLOW_ONLY_LISTED);
        vm.accessPatterns.setText("");
        assertThat(vm.save(() -> { })).isFalse();
        assertThat(vm.accessPatterns.shownErrorProperty().get()).contains("refuse every client");
        assertThat(server.context().settings().read(SmtpSections.ACCESS).mode()).isEqualTo(AccessMode.DENY_LISTED);
    }

    @Test
    void openRelayWarningFollowsTheRelayTab() throws Exception {
        SmtpPropertiesViewModel vm = vm();
        assertThat(vm.openRelay().get()).isFalse();
        vm.allowAnyone.set(true);
        assertThat(vm.openRelay().get()).isTrue();
        vm.relayEnabled.set(false);
        assertThat(vm.openRelay().get()).isFalse();
        vm.relayEnabled.set(true);
        vm.allowAnyone.set(false);
        vm.privilegedRanges.setText("0.0.0.0/0");
        assertThat(vm.openRelay().get()).isTrue();
    }

    @Test
    void relayTesterShowsTheServersVerdictAndLines() {
        RelayTestViewModel t = new RelayTestViewModel(new SameThreadTaskExecutor(), client);
        t.clientIp.setText("203.0.113.9");
        t.sender.setText("x@remote.test");
        t.recipient.setText("carol@far.test");
        assertThat(t.run()).isTrue();
        RelayTestResult r = t.resultProperty().get();
        assertThat(r.verdict()).isEqualTo("DENY");
        assertThat(r.log()).contains("ME-I0111: Relay Denied: Failed to meet all relay criteria");

        t.authenticated.set(true);
        t.authenticatedAs.setText("alice@Acme");
        t.sender.setText("alice@acme.test");
        t.run();
        assertThat(t.resultProperty().get().log()).contains("ME-I0108: Relay Granted: Sender has authenticated");

        t.clientIp.setText("not an ip");
        t.run();
        assertThat(t.clientIp.shownErrorProperty().get()).isNotBlank();
    }
}
