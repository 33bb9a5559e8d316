package dev.mailroom.server.filters.antivirus;

import dev.mailroom.core.antivirus.AntivirusSettings;
import dev.mailroom.core.antivirus.ClamdSettings;
import dev.mailroom.core.antivirus.ClamdAddress;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.server.filters.FilterVerdict;
import dev.mailroom.server.filters.FilteredMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filter's actions, with a real clamd deciding. */
class AntivirusFilterTest {
    @TempDir
    static Path shared;
    static ClamdProcess clamd;
    static ExecutorService executor = Executors.newCachedThreadPool();
    @TempDir
    Path data;
    final List<String> log = new ArrayList<>();
    final List<List<String>> notices = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        clamd = ClamdProcess.start(shared.resolve("clamd"), 1024 * 1024);
    }

    @AfterAll
    static void stop() {
        clamd.close();
        executor.shutdownNow();
    }

    private AntivirusFilter filter(AntivirusSettings.InfectedAction action, AntivirusSettings.ScanFailureAction onFailure,
                                   boolean notifyAdmin, boolean notifyRecipient, VirusScanner... scanners) {
        AntivirusSettings s = new AntivirusSettings(true, List.of(new ClamdSettings("ClamAV", true, clamd.address().text(), 5000, 2)),
                List.of(), action, onFailure, notifyAdmin, notifyAdmin ? "admin@example.test" : "", notifyRecipient);
        return new AntivirusFilter(s, List.of(scanners), new Quarantine(data), executor,
                (id, line) -> log.add(id + " " + line), (m, virus, to) -> notices.add(to));
    }

    private ClamdScanner clamdScanner() {
        return new ClamdScanner("ClamAV", clamd.address(), 5000, 2);
    }

    private FilteredMessage message(String id, String body) throws IOException {
        Path f = data.resolve(id + ".eml");
        Files.writeString(f, "From: a@remote.test\r\nSubject: t\r\n\r\n" + body + "\r\n", StandardCharsets.US_ASCII);
        return new FilteredMessage(id, "a@remote.test", List.of("bob@example.test"), List.of("bob@example.test"),
                "127.0.0.2", f, Files.size(f));
    }

    @Test
    void rejectIsTheDefaultAndNamesTheVirus() throws IOException {
        AntivirusSettings defaults = AntivirusSettings.defaults();
        assertThat(defaults.onInfected()).isEqualTo(AntivirusSettings.InfectedAction.REJECT);
        FilterVerdict v = filter(defaults.onInfected(), defaults.onScanFailure(), false, false, clamdScanner())
                .apply(message("M1", ClamdProcess.EICAR));
        assertThat(v).isInstanceOf(FilterVerdict.Reject.class);
        assertThat(((FilterVerdict.Reject) v).line()).isEqualTo("554 5.7.1 Message rejected: virus " + ClamdProcess.EICAR_NAME + " found");
        assertThat(log).anyMatch(l -> l.startsWith("M1 Virus found: " + ClamdProcess.EICAR_NAME));
    }

    @Test
    void quarantineKeepsTheMessageWithItsEnvelopeAndVirus() throws IOException {
        FilterVerdict v = filter(AntivirusSettings.InfectedAction.QUARANTINE, AntivirusSettings.ScanFailureAction.TEMPFAIL,
                false, false, clamdScanner()).apply(message("M2", ClamdProcess.EICAR));
        assertThat(v).isInstanceOf(FilterVerdict.Withheld.class);
        Quarantine q = new Quarantine(data);
        assertThat(q.list()).singleElement().satisfies(e -> {
            assertThat(e.messageId()).isEqualTo("M2");
            assertThat(e.virusName()).isEqualTo(ClamdProcess.EICAR_NAME);
            assertThat(e.recipients()).containsExactly("bob@example.test");
        });
        assertThat(Files.readString(q.message("M2").orElseThrow())).contains("EICAR-STANDARD");
        assertThat(q.delete("M2")).isTrue();
        assertThat(q.list()).isEmpty();
    }

    @Test
    void deleteWithholdsTheMessageAndKeepsNothing() throws IOException {
        FilterVerdict v = filter(AntivirusSettings.InfectedAction.DELETE, AntivirusSettings.ScanFailureAction.TEMPFAIL,
                false, false, clamdScanner()).apply(message("M3", ClamdProcess.EICAR));
        assertThat(v).isEqualTo(new FilterVerdict.Withheld("deleted", ClamdProcess.EICAR_NAME));
        assertThat(new Quarantine(data).list()).isEmpty();
    }

    @Test
    void aCleanMessageIsAcceptedWithAScanHeader() throws IOException {
        FilterVerdict v = filter(AntivirusSettings.InfectedAction.REJECT, AntivirusSettings.ScanFailureAction.TEMPFAIL,
                false, false, clamdScanner()).apply(message("M4", "hello"));
        assertThat(v).isEqualTo(new FilterVerdict.Accept(List.of("X-Mailroom-Virus-Scan: clean (ClamAV)")));
    }

    @Test
    void aScannerThatIsDownGivesTryAgainLaterOrAcceptAndMark() throws IOException {
        int unused;
        try (ServerSocket s = new ServerSocket(0)) {
            unused = s.getLocalPort();
        }
        ClamdScanner down = new ClamdScanner("ClamAV", ClamdAddress.parse("socket", "tcp:127.0.0.1:" + unused), 1000, 1);
        FilterVerdict tempfail = filter(AntivirusSettings.InfectedAction.REJECT, AntivirusSettings.ScanFailureAction.TEMPFAIL,
                false, false, down).apply(message("M5", ClamdProcess.EICAR));
        assertThat(tempfail).isInstanceOf(FilterVerdict.Reject.class);
        assertThat(((FilterVerdict.Reject) tempfail).line()).startsWith("451 4.7.0");
        FilterVerdict marked = filter(AntivirusSettings.InfectedAction.REJECT, AntivirusSettings.ScanFailureAction.ACCEPT_AND_MARK,
                false, false, down).apply(message("M6", "hello"));
        assertThat(marked).isEqualTo(new FilterVerdict.Accept(List.of("X-Mailroom-Virus-Scan: not scanned (scanner unavailable)")));
    }

    @Test
    void anyScannerSayingInfectedWinsOverAFailedOne() throws IOException {
        int unused;
        try (ServerSocket s = new ServerSocket(0)) {
            unused = s.getLocalPort();
        }
        ClamdScanner down = new ClamdScanner("Down", ClamdAddress.parse("socket", "tcp:127.0.0.1:" + unused), 1000, 1);
        FilterVerdict v = filter(AntivirusSettings.InfectedAction.REJECT, AntivirusSettings.ScanFailureAction.TEMPFAIL,
                false, false, down, clamdScanner()).apply(message("M7", ClamdProcess.EICAR));
        assertThat(((FilterVerdict.Reject) v).code()).isEqualTo(554);
    }

    @Test
    void noticesGoToTheAdministratorAndLocalRecipientsNeverTheSender() throws IOException {
        filter(AntivirusSettings.InfectedAction.QUARANTINE, AntivirusSettings.ScanFailureAction.TEMPFAIL,
                true, true, clamdScanner()).apply(message("M8", ClamdProcess.EICAR));
        assertThat(notices).singleElement().asList().containsExactly("admin@example.test", "bob@example.test")
                .doesNotContain("a@remote.test");
    }
}
