package dev.mailroom.server.filters.antivirus;

import static dev.mailroom.server.filters.antivirus.AvServer.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.antivirus.AntivirusClient;
import dev.mailroom.core.antivirus.AntivirusSettings;
import dev.mailroom.core.antivirus.AntivirusSettings.InfectedAction;
import dev.mailroom.core.antivirus.ClamdSettings;
import dev.mailroom.core.antivirus.ScannerStatus;
import dev.mailroom.core.antivirus.TestVirusResult;
import dev.mailroom.core.antivirus.TestVirusResult.Outcome;
import dev.mailroom.core.api.ApiException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The antivirus admin endpoints through the real HTTP API, the AntivirusClient the console uses, and a real clamd. */
class AntivirusApiTest {
    @TempDir
    static Path shared;
    static ClamdProcess clamd;
    @TempDir
    Path data;
    AvServer f;
    AntivirusClient api;

    @BeforeAll
    static void startClamd() throws Exception {
        clamd = ClamdProcess.start(shared.resolve("clamd"), 1024 * 1024);
    }

    @AfterAll
    static void stopClamd() {
        clamd.close();
    }

    @BeforeEach
    void start() throws IOException {
        f = AvServer.start(data, clamd.address().text());
        api = new AntivirusClient(f.server.client());
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private void onInfected(InfectedAction action) {
        AntivirusSettings s = api.settings();
        api.save(new AntivirusSettings(s.enabled(), s.clamd(), s.commandLine(), action, s.onScanFailure(),
                s.notifyAdministrator(), s.administratorAddress(), s.notifyRecipient()));
    }

    @Test
    void scannersReportReachabilityAndVersion() throws IOException {
        int unused;
        try (ServerSocket s = new ServerSocket(0)) {
            unused = s.getLocalPort();
        }
        AntivirusSettings s = api.settings();
        api.save(new AntivirusSettings(true, List.of(s.clamd().get(0), new ClamdSettings("Spare", false, "tcp:127.0.0.1:" + unused, 1000, 1)),
                s.commandLine(), s.onInfected(), s.onScanFailure(), false, "", false));
        List<ScannerStatus> states = api.scanners();
        assertThat(states).extracting(ScannerStatus::name).containsExactly("ClamAV", "Spare", "clamscan");
        ScannerStatus clam = states.get(0);
        assertThat(clam.reachable()).isTrue();
        assertThat(clam.enabled()).isTrue();
        assertThat(clam.kind()).isEqualTo("clamd");
        assertThat(clam.version()).startsWith("ClamAV ");
        ScannerStatus spare = states.get(1);
        assertThat(spare.reachable()).isFalse();
        assertThat(spare.detail()).contains("tcp:127.0.0.1:" + unused);
        assertThat(states.get(2).kind()).isEqualTo("command-line");
    }

    @Test
    void sendTestVirusWithTheDefaultActionIsRejectedInTheTransaction() {
        TestVirusResult r = api.sendTestVirus("alice@acme.test");
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.smtpReply()).isEqualTo("554 5.7.1 Message rejected: virus " + ClamdProcess.EICAR_NAME + " found");
        assertThat(r.virusName()).isEqualTo(ClamdProcess.EICAR_NAME);
    }

    @Test
    void sendTestVirusWithTheFilterOffSaysItWasDelivered() throws IOException {
        AntivirusSettings s = api.settings();
        api.save(new AntivirusSettings(false, s.clamd(), s.commandLine(), s.onInfected(), s.onScanFailure(), false, "", false));
        TestVirusResult r = api.sendTestVirus("alice@acme.test");
        assertThat(r.outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(f.inbox(ALICE)).hasSize(1);
    }

    @Test
    void quarantineListHeadersReleaseAndDelete() throws IOException {
        onInfected(InfectedAction.QUARANTINE);
        TestVirusResult first = api.sendTestVirus("alice@acme.test");
        assertThat(first.outcome()).isEqualTo(Outcome.QUARANTINED);
        assertThat(first.virusName()).isEqualTo(ClamdProcess.EICAR_NAME);
        TestVirusResult second = api.sendTestVirus("alice@acme.test");
        assertThat(api.quarantine()).extracting(e -> e.messageId()).containsExactlyInAnyOrder(first.messageId(), second.messageId());
        assertThat(api.headers(first.messageId())).contains("Subject: Mailroom antivirus test").contains("Return-Path: <>")
                .doesNotContain("EICAR-STANDARD");
        assertThat(f.inbox(ALICE)).isEmpty();

        api.release(first.messageId());
        assertThat(f.inbox(ALICE)).singleElement().satisfies(p -> assertThat(Files.readString(p)).contains("EICAR-STANDARD"));
        api.delete(second.messageId());
        assertThat(api.quarantine()).isEmpty();
        assertThat(f.inbox(ALICE)).hasSize(1);
        assertThat(f.filterLog()).contains("quarantined message released to alice@acme.test");
    }

    @Test
    void unknownIdsAreNotFoundAndABlankRecipientIsRefusedByField() {
        assertThatThrownBy(() -> api.delete("NOSUCHID")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> api.headers("..")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> api.release("NOSUCHID")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> api.sendTestVirus(" ")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.error().field()).isEqualTo("recipient");
        });
    }

    @Test
    void settingsAreServedAndValidatedByField() {
        AntivirusSettings s = api.settings();
        assertThatThrownBy(() -> f.server.client().put("/settings/antivirus",
                java.util.Map.of("enabled", true, "clamd", List.of(java.util.Map.of("name", "ClamAV", "enabled", true,
                        "socket", "tcp:127.0.0.1:99999", "timeoutMillis", 1000, "poolSize", 1)))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error().field()).isEqualTo("socket");
                });
        assertThat(api.settings()).isEqualTo(s);
    }
}
