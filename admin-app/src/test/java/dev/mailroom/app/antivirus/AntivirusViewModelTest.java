package dev.mailroom.app.antivirus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.app.common.SameThreadTaskExecutor;
import dev.mailroom.core.antivirus.AntivirusClient;
import dev.mailroom.core.antivirus.AntivirusSettings;
import dev.mailroom.core.antivirus.AntivirusSettings.InfectedAction;
import dev.mailroom.core.antivirus.CommandLineScannerSettings;
import dev.mailroom.core.antivirus.ScannerStatus;
import dev.mailroom.core.antivirus.TestVirusResult;
import dev.mailroom.server.RunningServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The antivirus view models against a real server and a real clamd, without a window. */
class AntivirusViewModelTest {
    @TempDir
    static Path shared;
    static ClamdForConsole clamd;
    @TempDir
    Path dir;
    RunningServer server;
    AntivirusClient client;

    @BeforeAll
    static void startClamd() throws Exception {
        clamd = ClamdForConsole.start(shared);
    }

    @AfterAll
    static void stopClamd() {
        clamd.close();
    }

    @BeforeEach
    void start() throws Exception {
        server = AvServerForConsole.start(dir, clamd.socket(), InfectedAction.QUARANTINE);
        client = new AntivirusClient(server.client());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void refreshListsScannersWithStateAndTheFilterState() {
        AntivirusViewModel vm = new AntivirusViewModel(new SameThreadTaskExecutor(), () -> client);
        vm.refresh();
        assertThat(vm.scanners()).extracting(ScannerStatus::name).containsExactly("ClamAV", "clamscan");
        assertThat(vm.scanners().get(0).reachable()).isTrue();
        assertThat(vm.scanners().get(0).version()).startsWith("ClamAV ");
        assertThat(vm.filterStateProperty().get()).startsWith("On").contains("quarantine");
    }

    @Test
    void sendTestVirusShowsTheOutcomeAndTheQuarantineCanReleaseAndDelete() throws Exception {
        AntivirusViewModel vm = new AntivirusViewModel(new SameThreadTaskExecutor(), () -> client);
        vm.testRecipientProperty().set("alice@acme.test");
        vm.sendTestVirus();
        TestVirusResult r = vm.testResultProperty().get();
        assertThat(r.outcome()).isEqualTo(TestVirusResult.Outcome.QUARANTINED);
        assertThat(AntivirusViewModel.summary(r)).startsWith("QUARANTINED: Accepted and quarantined: Test.EICAR.NDB.UNOFFICIAL");
        assertThat(vm.quarantine()).hasSize(1);
        StringBuilder headers = new StringBuilder();
        vm.headers(vm.quarantine().get(0), headers::append);
        assertThat(headers).contains("Subject: Mailroom antivirus test");
        vm.release(vm.quarantine().get(0));
        assertThat(vm.quarantine()).isEmpty();
        assertThat(AvServerForConsole.aliceMessages(server)).isEqualTo(1);
        vm.sendTestVirus();
        vm.delete(vm.quarantine().get(0));
        assertThat(vm.quarantine()).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("Deleted ");
    }

    @Test
    void aBlankRecipientIsReportedNotSent() {
        AntivirusViewModel vm = new AntivirusViewModel(new SameThreadTaskExecutor(), () -> client);
        vm.sendTestVirus();
        assertThat(vm.testResultProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).contains("local address");
    }

    @Test
    void actionsAreSavedAndAMissingAdministratorAddressIsRefusedBesideItsField() {
        AntivirusPropertiesViewModel vm = new AntivirusPropertiesViewModel(new SameThreadTaskExecutor(), client, client.settings());
        vm.onInfected.set(InfectedAction.DELETE);
        vm.notifyAdministrator.set(true);
        assertThat(vm.save(() -> { })).isFalse();
        assertThat(vm.administratorAddress.error()).contains("administrator");
        vm.administratorAddress.setText("postmaster@acme.test");
        assertThat(vm.save(() -> { })).isTrue();
        AntivirusSettings s = server.context().settings().read(AntivirusSettings.SECTION);
        assertThat(s.onInfected()).isEqualTo(InfectedAction.DELETE);
        assertThat(s.administratorAddress()).isEqualTo("postmaster@acme.test");
        assertThat(s.clamd().get(0).socket()).isEqualTo(clamd.socket());
    }

    @Test
    void clamdPropertiesRefuseABadSocketAndSaveAGoodOne() {
        AntivirusSettings s = client.settings();
        ClamdScannerViewModel vm = new ClamdScannerViewModel(new SameThreadTaskExecutor(), client, s.clamd().get(0), 0);
        vm.socket.setText("localhost");
        assertThat(vm.save(() -> { })).isFalse();
        assertThat(vm.socket.error()).contains("tcp:HOST:PORT");
        vm.socket.setText("tcp:127.0.0.1:3310");
        vm.poolSize.setText("8");
        assertThat(vm.save(() -> { })).isTrue();
        assertThat(server.context().settings().read(AntivirusSettings.SECTION).clamd())
                .singleElement().satisfies(c -> {
                    assertThat(c.socket()).isEqualTo("tcp:127.0.0.1:3310");
                    assertThat(c.poolSize()).isEqualTo(8);
                });
    }

    @Test
    void commandLinePropertiesFillTheClamscanTemplateAndCheckExitCodes() {
        CommandLineScannerSettings blank = new CommandLineScannerSettings("vscan", false, "/opt/vscan/vscand", java.util.List.of("%f"),
                java.util.Set.of(0), java.util.Set.of(1), "Queues/Scratch", true, 60, "");
        CommandLineScannerViewModel vm = new CommandLineScannerViewModel(new SameThreadTaskExecutor(), client, blank, -1);
        vm.useClamscanTemplate();
        assertThat(vm.executable.text()).isEqualTo("/usr/bin/clamscan");
        assertThat(vm.arguments.text()).isEqualTo("--no-summary --stdout %f");
        assertThat(vm.scratchDirectory.text()).isEqualTo("Queues/Scratch");
        vm.infectedExitCodes.setText("0");
        assertThat(vm.save(() -> { })).isFalse();
        assertThat(vm.infectedExitCodes.error()).contains("cannot mean both");
        vm.infectedExitCodes.setText("1, x");
        assertThat(vm.save(() -> { })).isFalse();
        assertThat(vm.infectedExitCodes.error()).contains("0 to 255");
        vm.infectedExitCodes.setText("1");
        vm.singleInstance.set(true);
        assertThat(vm.save(() -> { })).isTrue();
        assertThat(server.context().settings().read(AntivirusSettings.SECTION).commandLine())
                .hasSize(2).last().satisfies(c -> {
                    assertThat(c.name()).isEqualTo("clamscan");
                    assertThat(c.singleInstance()).isTrue();
                });
    }
}
