package dev.mailroom.app.rbl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.app.common.SameThreadTaskExecutor;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.dns.checks.DnsCheckSettings;
import dev.mailroom.core.dns.rbl.RblMode;
import dev.mailroom.core.dns.rbl.RblPresets;
import dev.mailroom.core.dns.rbl.RblProvider;
import dev.mailroom.core.dns.rbl.RblRecordType;
import dev.mailroom.core.dns.rbl.RblSettings;
import dev.mailroom.core.dns.testing.Dnsmasq;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialog's view models against a real server (settings API, Test endpoint) and a real DNS server. */
class RblViewModelTest {
    @TempDir
    static Path data;
    @TempDir
    static Path dnsDir;
    static RunningServer server;
    static AdminClient client;
    static Dnsmasq dns;

    @BeforeAll
    static void start() throws Exception {
        dns = Dnsmasq.in(dnsDir).blacklist("zen.test", "127.0.0.2", "127.0.0.2").start();
        server = ServerLauncher.start(data, new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.of(0)), 0, null);
        client = server.client();
    }

    @AfterAll
    static void stop() {
        server.close();
        dns.close();
    }

    private RblViewModel load() {
        return new RblViewModel(new SameThreadTaskExecutor(), client, RblViewModel.Loaded.from(client));
    }

    private RblProvider zen() {
        return new RblProvider("Local zen", true, "zen.test", dns.server(), RblRecordType.A, List.of(), null, null);
    }

    @Test
    void savesTheBlacklistsAndTheDnsChecksToTheServer() {
        RblViewModel vm = load();
        vm.mode().set(RblMode.DENY_AT_CONNECT);
        assertThat(vm.add(zen())).isTrue();
        assertThat(vm.addPresets(RblPresets.all())).isEqualTo(RblPresets.all().size());
        vm.publicAddress().setText("198.51.100.7");
        vm.requirePtr().set(true);
        vm.ptrMustMatchHelo().set(true);
        vm.rejectInvalidSenderDomain().set(true);
        vm.dnsServer().setText(dns.server());
        boolean[] saved = {false};
        assertThat(vm.save(() -> saved[0] = true)).isTrue();
        assertThat(saved[0]).isTrue();

        RblSettings stored = client.getSettings(RblSettings.SECTION.name(), RblSettings.class);
        assertThat(stored.mode()).isEqualTo(RblMode.DENY_AT_CONNECT);
        assertThat(stored.providers()).hasSize(1 + RblPresets.all().size());
        assertThat(stored.enabledProviders()).containsExactly(zen());
        assertThat(stored.publicAddress()).isEqualTo("198.51.100.7");
        DnsCheckSettings checks = client.getSettings(DnsCheckSettings.SECTION.name(), DnsCheckSettings.class);
        assertThat(checks).isEqualTo(new DnsCheckSettings(dns.server(), 2000, true, true, true));
        // And a freshly opened dialog shows what was stored.
        assertThat(load().providers()).hasSize(1 + RblPresets.all().size());
    }

    @Test
    void switchingThePtrCheckOffClearsTheStricterOne() {
        RblViewModel vm = load();
        vm.requirePtr().set(true);
        vm.ptrMustMatchHelo().set(true);
        vm.requirePtr().set(false);
        assertThat(vm.ptrMustMatchHelo().get()).isFalse();
    }

    @Test
    void refusedValuesAreShownBesideTheirFieldAndNothingIsSent() {
        RblViewModel vm = load();
        RblSettings before = client.getSettings(RblSettings.SECTION.name(), RblSettings.class);
        vm.timeoutMillis().setText("5");
        vm.dnsServer().setText("dns.example.com");
        vm.mode().set(before.mode() == RblMode.MARK ? RblMode.OFF : RblMode.MARK);
        assertThat(vm.save(() -> { })).isFalse();
        assertThat(vm.timeoutMillis().shownErrorProperty().get()).isEqualTo("The lookup timeout must be between 100 and 30000");
        assertThat(vm.dnsServer().shownErrorProperty().get()).contains("DNS server must be an IP address");
        assertThat(client.getSettings(RblSettings.SECTION.name(), RblSettings.class)).isEqualTo(before);
    }

    @Test
    void aSecondBlacklistOfTheSameNameIsRefusedBesideTheName() {
        RblViewModel vm = load();
        vm.providers().clear();
        vm.add(zen());
        RblProviderViewModel editor = new RblProviderViewModel(new SameThreadTaskExecutor(), null, p -> {
            if (!vm.add(p)) {
                throw new dev.mailroom.core.model.InvalidValueException("name", "There is already a blacklist named '" + p.name() + "'");
            }
        });
        editor.name().setText("LOCAL ZEN");
        editor.zone().setText("other.test");
        assertThat(editor.save(() -> { })).isFalse();
        assertThat(editor.name().shownErrorProperty().get()).isEqualTo("There is already a blacklist named 'LOCAL ZEN'");
        assertThat(vm.providers()).hasSize(1);
    }

    @Test
    void theProviderEditorChecksTheZoneByRecordTypeAndTheCodes() {
        RblProviderViewModel editor = new RblProviderViewModel(new SameThreadTaskExecutor(), null, p -> { });
        editor.name().setText("Own DNS");
        assertThat(editor.zone().error()).contains("Enter the blacklist's zone");
        editor.recordType().set(RblRecordType.PTR);
        assertThat(editor.zone().error()).isNull();
        editor.recordType().set(RblRecordType.A);
        editor.zone().setText("zen.test");
        editor.listedCodes().setText("127.0.0.2, 127.0.0.999");
        assertThat(editor.listedCodes().error()).contains("127.0.0.999");
        editor.listedCodes().setText("127.0.0.2 127.0.0.4");
        assertThat(editor.build().listedCodes()).containsExactly("127.0.0.2", "127.0.0.4");
    }

    @Test
    void theTesterShowsEachAnswerAndTheVerdictForTheSettingsAsEdited() {
        RblViewModel vm = load();
        vm.providers().setAll(zen());
        vm.mode().set(RblMode.DENY_AT_RCPT);
        RblTestViewModel tester = new RblTestViewModel(new SameThreadTaskExecutor(), client, vm::rblSettings);
        tester.ip().setText("127.0.0.2");
        assertThat(tester.test()).isTrue();
        assertThat(tester.results()).singleElement().satisfies(r -> assertThat(r.answers()).containsExactly("127.0.0.2"));
        assertThat(tester.verdictProperty().get()).isEqualTo("127.0.0.2 would be refused: 550 5.7.1 This IP address has been blacklisted");
        tester.ip().setText("127.0.0.9");
        tester.test();
        assertThat(tester.verdictProperty().get()).isEqualTo("127.0.0.9 is not listed");
        tester.ip().setText("mail.example.com");
        assertThat(tester.test()).isFalse();
        assertThat(tester.ip().shownErrorProperty().get()).contains("is not an IPv4 or IPv6 address");
    }

    @Test
    void checkThisServerNeedsThePublicAddressAndAsksDisabledListsToo() {
        RblViewModel vm = load();
        vm.providers().setAll(zen().withEnabled(false));
        vm.publicAddress().setText("");
        RblTestViewModel tester = new RblTestViewModel(new SameThreadTaskExecutor(), client, vm::rblSettings);
        assertThat(tester.checkThisServer()).isFalse();
        assertThat(tester.failureProperty().get()).startsWith("Enter this server's public IP address");
        vm.publicAddress().setText("127.0.0.2");
        assertThat(tester.checkThisServer()).isTrue();
        assertThat(tester.results()).extracting(r -> r.outcome().name()).containsExactly("LISTED");
        assertThat(tester.ip().text()).isEqualTo("127.0.0.2");
    }
}
