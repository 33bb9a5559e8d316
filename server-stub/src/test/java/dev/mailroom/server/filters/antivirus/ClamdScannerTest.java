package dev.mailroom.server.filters.antivirus;

import dev.mailroom.core.antivirus.ClamdAddress;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ClamdScanner} against a real clamd holding only the EICAR signature. */
class ClamdScannerTest {
    static final long STREAM_MAX = 1024 * 1024;
    @TempDir
    static Path dir;
    static ClamdProcess clamd;
    static ClamdScanner scanner;

    @BeforeAll
    static void startClamd() throws Exception {
        clamd = ClamdProcess.start(dir.resolve("clamd"), STREAM_MAX);
        scanner = new ClamdScanner("clamd", clamd.address(), 10_000, 3);
    }

    @AfterAll
    static void stopClamd() {
        if (scanner != null) {
            scanner.close();
        }
        if (clamd != null) {
            clamd.close();
        }
    }

    @Test
    void eicarInAPlainBodyIsFoundWithItsName() throws IOException {
        ScanResult r = scanner.scan(message("Subject: test\r\n\r\nhello\r\n" + ClamdProcess.EICAR + "\r\n"));
        assertThat(r.outcome()).isEqualTo(ScanResult.Outcome.INFECTED);
        assertThat(r.virusName()).isEqualTo(ClamdProcess.EICAR_NAME);
    }

    @Test
    void eicarInABase64AttachmentIsFound() throws IOException {
        String b64 = Base64.getMimeEncoder().encodeToString(ClamdProcess.EICAR.getBytes(StandardCharsets.US_ASCII));
        ScanResult r = scanner.scan(message(mime("application/octet-stream", "eicar.com", b64)));
        assertThat(r.infected()).as(r.toString()).isTrue();
    }

    @Test
    void eicarInAZipAttachmentIsFound() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("eicar.com"));
            z.write(ClamdProcess.EICAR.getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        String b64 = Base64.getMimeEncoder().encodeToString(zip.toByteArray());
        ScanResult r = scanner.scan(message(mime("application/zip", "eicar.zip", b64)));
        assertThat(r.infected()).as(r.toString()).isTrue();
    }

    @Test
    void aCleanMessageIsClean() throws IOException {
        ScanResult r = scanner.scan(message("Subject: hello\r\n\r\nNothing to see here.\r\n"));
        assertThat(r.outcome()).isEqualTo(ScanResult.Outcome.CLEAN);
    }

    @Test
    void aMessageOverStreamMaxLengthIsAnErrorNeverClean() throws IOException {
        String big = "Subject: big\r\n\r\n" + "x".repeat((int) STREAM_MAX + 10_000) + "\r\n";
        ScanResult r = scanner.scan(message(big));
        assertThat(r.outcome()).isEqualTo(ScanResult.Outcome.ERROR);
        assertThat(r.detail()).contains("size limit");
        // the pool recovers: the next scan works
        assertThat(scanner.scan(message("Subject: after\r\n\r\nok\r\n")).outcome()).isEqualTo(ScanResult.Outcome.CLEAN);
    }

    @Test
    void manyConcurrentScansShareThePoolAndAllGetTheRightAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ScanResult>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                boolean infected = i % 2 == 0;
                Path m = message("Subject: " + i + "\r\n\r\n" + (infected ? ClamdProcess.EICAR : "clean " + i) + "\r\n");
                results.add(pool.submit(() -> scanner.scan(m)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get().infected()).as("message " + i).isEqualTo(i % 2 == 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void probeReportsTheVersion() {
        VirusScanner.ScannerState s = scanner.probe();
        assertThat(s.reachable()).isTrue();
        assertThat(s.version()).startsWith("ClamAV ");
    }

    @Test
    void aScannerWhoseClamdIsDownAnswersErrorNotClean() throws IOException {
        int unused;
        try (ServerSocket s = new ServerSocket(0)) {
            unused = s.getLocalPort();
        }
        try (ClamdScanner down = new ClamdScanner("down", ClamdAddress.parse("socket", "tcp:127.0.0.1:" + unused), 2000, 1)) {
            ScanResult r = down.scan(message("Subject: x\r\n\r\nx\r\n"));
            assertThat(r.outcome()).isEqualTo(ScanResult.Outcome.ERROR);
            assertThat(down.probe().reachable()).isFalse();
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutAsError() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
             ClamdScanner hung = new ClamdScanner("hung", ClamdAddress.parse("socket", "tcp:127.0.0.1:" + silent.getLocalPort()), 500, 1)) {
            ScanResult r = hung.scan(message("Subject: x\r\n\r\nx\r\n"));
            assertThat(r.outcome()).isEqualTo(ScanResult.Outcome.ERROR);
            assertThat(r.detail()).contains("did not answer");
        }
    }

    private static String mime(String type, String filename, String b64) {
        return "Subject: attachment\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
                + "--b1\r\nContent-Type: " + type + "; name=\"" + filename + "\"\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=\"" + filename + "\"\r\n\r\n" + b64 + "\r\n--b1--\r\n";
    }

    private static Path message(String text) throws IOException {
        Path p = Files.createTempFile(dir, "msg", ".eml");
        Files.writeString(p, text, StandardCharsets.ISO_8859_1);
        return p;
    }
}
