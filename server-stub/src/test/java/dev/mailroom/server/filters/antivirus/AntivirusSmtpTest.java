package dev.mailroom.server.filters.antivirus;

import static dev.mailroom.server.filters.antivirus.AvServer.ALICE;
import static dev.mailroom.server.filters.antivirus.AvServer.BOB;
import static dev.mailroom.server.filters.antivirus.AvServer.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.antivirus.AntivirusSettings;
import dev.mailroom.core.antivirus.AntivirusSettings.InfectedAction;
import dev.mailroom.core.antivirus.AntivirusSettings.ScanFailureAction;
import dev.mailroom.core.antivirus.ClamdSettings;
import dev.mailroom.core.antivirus.CommandLineScannerSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Antivirus filter in the SMTP path: a real server on free ports, real SMTP sockets, a real
 * clamd with an EICAR-only database. What the client hears, what lands in mailboxes, the
 * quarantine and the MTA debug log.
 */
class AntivirusSmtpTest {
    /** clamd's StreamMaxLength here; a larger message cannot be scanned. */
    static final long STREAM_MAX = 256 * 1024;
    static final String VIRUS = ClamdProcess.EICAR_NAME;

    @TempDir
    static Path shared;
    static ClamdProcess clamd;
    @TempDir
    Path data;
    AvServer f;

    @BeforeAll
    static void startClamd() throws Exception {
        clamd = ClamdProcess.start(shared.resolve("clamd"), STREAM_MAX);
    }

    @AfterAll
    static void stopClamd() {
        clamd.close();
    }

    @BeforeEach
    void start() throws IOException {
        f = AvServer.start(data, clamd.address().text());
    }

    @AfterEach
    void stop() {
        f.close();
    }

    static String plain(String body) {
        return "From: x@remote.test\r\nTo: alice@acme.test\r\nSubject: plain\r\n\r\n" + body + "\r\n";
    }

    static String attachment(String contentType, String fileName, byte[] content) {
        String b64 = Base64.getMimeEncoder().encodeToString(content);
        return "From: x@remote.test\r\nTo: alice@acme.test\r\nSubject: attached\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain\r\n\r\nSee the attachment.\r\n"
                + "--b1\r\nContent-Type: " + contentType + "; name=\"" + fileName + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"" + fileName + "\"\r\n\r\n"
                + b64 + "\r\n--b1--\r\n";
    }

    static byte[] zipOfEicar() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("eicar.com"));
            z.write(ClamdProcess.EICAR.getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        return zip.toByteArray();
    }

    private List<Path> spoolFiles() {
        try (var files = Files.list(data.resolve("Queues").resolve("Incoming"))) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void action(InfectedAction a, ScanFailureAction failure, boolean notifyAdmin, boolean notifyRecipient) {
        f.antivirus(s -> new AntivirusSettings(true, s.clamd(), s.commandLine(), a, failure, notifyAdmin,
                notifyAdmin ? "bob@acme.test" : "", notifyRecipient));
    }

    @Test
    void eicarInAPlainBodyIsRefusedWith554NamingTheVirusAndNothingIsDelivered() throws IOException {
        String reply = f.send("x@remote.test", List.of("alice@acme.test"), plain(ClamdProcess.EICAR));
        assertThat(reply).isEqualTo("554 5.7.1 Message rejected: virus " + VIRUS + " found");
        assertThat(f.inbox(ALICE)).isEmpty();
        assertThat(f.filterLog()).contains("Antivirus: Virus found: " + VIRUS).contains("action REJECT");
        AvServer.awaitTrue(() -> spoolFiles().isEmpty(), "the spool file removed at the end of the transaction");
    }

    @Test
    void eicarInABase64AttachmentIsRefused() throws IOException {
        String reply = f.send("x@remote.test", List.of("alice@acme.test"),
                attachment("application/octet-stream", "eicar.com", ClamdProcess.EICAR.getBytes(StandardCharsets.US_ASCII)));
        assertThat(reply).startsWith("554 5.7.1 ").contains(VIRUS);
        assertThat(f.inbox(ALICE)).isEmpty();
    }

    @Test
    void eicarInAZipAttachmentIsRefused() throws IOException {
        String reply = f.send("x@remote.test", List.of("alice@acme.test"), attachment("application/zip", "eicar.zip", zipOfEicar()));
        assertThat(reply).startsWith("554 5.7.1 ").contains(VIRUS);
        assertThat(f.inbox(ALICE)).isEmpty();
    }

    @Test
    void aCleanMessageIsDeliveredWithTheScanHeaderAndItsVerdictIsLoggedWithItsId() throws IOException {
        String reply = f.send("x@remote.test", List.of("alice@acme.test"),
                attachment("application/pdf", "report.pdf", "%PDF-1.4 nothing here".getBytes(StandardCharsets.US_ASCII)));
        String id = idOf(reply);
        assertThat(f.inbox(ALICE)).singleElement().satisfies(p -> {
            String stored = Files.readString(p);
            assertThat(stored).startsWith("X-Mailroom-Virus-Scan: clean (ClamAV)\r\nReturn-Path: <x@remote.test>\r\n");
            assertThat(stored).contains("See the attachment.");
        });
        assertThat(f.filterLog()).containsPattern(id + ".*Antivirus: Clean \\(ClamAV\\)");
    }

    @Test
    void quarantineAcceptsKeepsTheMessageAndNotifiesAdministratorAndRecipientNeverTheSender() throws IOException {
        action(InfectedAction.QUARANTINE, ScanFailureAction.TEMPFAIL, true, true);
        // A notice to the (remote, possibly forged) sender would wait in the outbound queue: there must be none.
        String reply = f.send("mallory@remote.test", List.of("alice@acme.test"), plain(ClamdProcess.EICAR));
        String id = idOf(reply);
        assertThat(f.quarantine().list()).singleElement().satisfies(e -> {
            assertThat(e.messageId()).isEqualTo(id);
            assertThat(e.virusName()).isEqualTo(VIRUS);
            assertThat(e.sender()).isEqualTo("mallory@remote.test");
            assertThat(e.recipients()).containsExactly("alice@acme.test");
            assertThat(e.clientIp()).isEqualTo("127.0.0.2");
        });
        assertThat(Files.readString(f.quarantine().message(id).orElseThrow())).contains("EICAR-STANDARD-ANTIVIRUS-TEST-FILE");
        // alice gets the notice (not the message), bob as administrator gets one, mallory nothing
        assertThat(f.inbox(ALICE)).singleElement().satisfies(p -> assertThat(Files.readString(p))
                .contains("Subject: Virus found: " + VIRUS).contains("Message id:  " + id).doesNotContain("EICAR-STANDARD"));
        assertThat(f.inbox(BOB)).singleElement().satisfies(p -> assertThat(Files.readString(p))
                .contains("Return-Path: <>").contains("To: bob@acme.test, alice@acme.test"));
        assertThat(f.smtp().outboundQueue().list()).isEmpty();
        assertThat(f.filterLog()).contains("action QUARANTINE").contains("notice ");
    }

    @Test
    void deleteAcceptsAndKeepsNothing() throws IOException {
        action(InfectedAction.DELETE, ScanFailureAction.TEMPFAIL, false, false);
        String id = idOf(f.send("x@remote.test", List.of("alice@acme.test", "bob@acme.test"), plain(ClamdProcess.EICAR)));
        assertThat(f.inbox(ALICE)).isEmpty();
        assertThat(f.inbox(BOB)).isEmpty();
        assertThat(f.quarantine().list()).isEmpty();
        assertThat(f.filterLog()).containsPattern(id + ".*Virus found: " + VIRUS.replace(".", "\\.") + ".*action DELETE");
    }

    @Test
    void aRejectedMessageNotifiesOnlyTheAdministrator() throws IOException {
        action(InfectedAction.REJECT, ScanFailureAction.TEMPFAIL, true, true);
        assertThat(f.send("x@remote.test", List.of("alice@acme.test"), plain(ClamdProcess.EICAR))).startsWith("554 5.7.1");
        assertThat(f.inbox(BOB)).hasSize(1);
        assertThat(f.inbox(ALICE)).isEmpty();
    }

    @Test
    void clamdStoppedMeansTryAgainLaterAndTheMessageIsNotLost(@TempDir Path own) throws Exception {
        ClamdProcess second = ClamdProcess.start(own, STREAM_MAX);
        try {
            f.antivirus(s -> new AntivirusSettings(true, List.of(new ClamdSettings("ClamAV", true, second.address().text(), 5_000, 2)),
                    s.commandLine(), s.onInfected(), s.onScanFailure(), false, "", false));
            assertThat(f.send("x@remote.test", List.of("alice@acme.test"), plain("before"))).startsWith("250 ");
        } finally {
            second.close();
        }
        String refused = f.send("x@remote.test", List.of("alice@acme.test"), plain("while clamd is down"));
        assertThat(refused).isEqualTo("451 4.7.0 Message could not be scanned for viruses, try again later");
        // The client still has it and tries again later; the server kept no half copy.
        assertThat(f.inbox(ALICE)).hasSize(1);
        AvServer.awaitTrue(() -> spoolFiles().isEmpty(), "the spool file removed at the end of the transaction");
        assertThat(f.filterLog()).contains("Could not scan: ClamAV: clamd at " + second.address().text());

        // The retry, once a clamd answers again, is delivered.
        f.antivirus(s -> new AntivirusSettings(true, List.of(new ClamdSettings("ClamAV", true, clamd.address().text(), 5_000, 2)),
                s.commandLine(), s.onInfected(), s.onScanFailure(), false, "", false));
        assertThat(f.send("x@remote.test", List.of("alice@acme.test"), plain("while clamd is down"))).startsWith("250 ");
        assertThat(f.inbox(ALICE)).hasSize(2);
    }

    @Test
    void aMessageOverStreamMaxLengthTakesTheCouldNotScanAction() throws IOException {
        String big = plain(("y".repeat(76) + "\r\n").repeat((int) (STREAM_MAX / 78) + 100));
        assertThat(f.send("x@remote.test", List.of("alice@acme.test"), big)).startsWith("451 4.7.0 ");
        assertThat(f.inbox(ALICE)).isEmpty();
        assertThat(f.filterLog()).contains("size limit");

        action(InfectedAction.REJECT, ScanFailureAction.ACCEPT_AND_MARK, false, false);
        idOf(f.send("x@remote.test", List.of("alice@acme.test"), big));
        assertThat(f.inbox(ALICE)).singleElement().satisfies(p -> assertThat(Files.readString(p))
                .startsWith("X-Mailroom-Virus-Scan: not scanned (scanner unavailable)\r\n"));
    }

    @Test
    void aSingleInstanceCommandLineScannerTakesTenMessagesArrivingAtOnceOneAtATime(@TempDir Path tools) throws Exception {
        // A scanner that cannot run twice at once (like the seed's vscand.exe): a second copy
        // finds the lock taken, notes the overlap and fails. Exit codes: 0 clean, 7 infected.
        Path script = tools.resolve("vscan.sh");
        Files.writeString(script, String.join("\n",
                "#!/bin/sh",
                "if ! mkdir '" + tools.resolve("lock") + "' 2>/dev/null; then echo overlap >> '" + tools.resolve("overlaps") + "'; exit 99; fi",
                "echo run >> '" + tools.resolve("runs") + "'",
                "sleep 0.1",
                "found=0; grep -q 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE' \"$1\" && found=1",
                "rmdir '" + tools.resolve("lock") + "'",
                "if [ $found = 1 ]; then echo \"$1: Eicar-Test-Signature FOUND\"; exit 7; fi",
                "exit 0", ""));
        assertThat(script.toFile().setExecutable(true)).isTrue();
        f.antivirus(s -> new AntivirusSettings(true, List.of(),
                List.of(new CommandLineScannerSettings("vscan", true, script.toString(), List.of("%f"), Set.of(0), Set.of(7),
                        "Queues/Scan", true, 30, ": (\\S+) FOUND$")),
                InfectedAction.REJECT, ScanFailureAction.TEMPFAIL, false, "", false));

        ExecutorService clients = Executors.newFixedThreadPool(10);
        try {
            List<Future<String>> replies = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String body = i % 2 == 0 ? ClamdProcess.EICAR : "clean message " + i;
                replies.add(clients.submit(() -> f.send("x@remote.test", List.of("alice@acme.test"), plain(body))));
            }
            for (int i = 0; i < 10; i++) {
                String reply = replies.get(i).get(2, TimeUnit.MINUTES);
                if (i % 2 == 0) {
                    assertThat(reply).as("message " + i).isEqualTo("554 5.7.1 Message rejected: virus Eicar-Test-Signature found");
                } else {
                    assertThat(reply).as("message " + i).startsWith("250 ");
                }
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(tools.resolve("overlaps")).doesNotExist();
        assertThat(Files.readAllLines(tools.resolve("runs"))).hasSize(10);
        assertThat(f.inbox(ALICE)).hasSize(5);
        try (var left = Files.list(data.resolve("Queues").resolve("Scan"))) {
            assertThat(left).as("scratch files are removed after each scan").isEmpty();
        }
    }

    @Test
    void switchedOffTheFilterScansNothing() throws IOException {
        f.antivirus(s -> new AntivirusSettings(false, s.clamd(), s.commandLine(), s.onInfected(), s.onScanFailure(),
                false, "", false));
        idOf(f.send("x@remote.test", List.of("alice@acme.test"), plain(ClamdProcess.EICAR)));
        assertThat(f.inbox(ALICE)).singleElement().satisfies(p -> assertThat(Files.readString(p))
                .doesNotContain("X-Mailroom-Virus-Scan"));
    }
}
