package dev.mailroom.server.filters.antivirus;

import dev.mailroom.core.antivirus.ClamdAddress;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A real clamd for tests, on a free loopback port, with a database that holds one signature:
 * the EICAR test string. There is no network for freshclam here, and clamd refuses to start
 * with an empty database directory (../shared/TESTING.md).
 */
public final class ClamdProcess implements AutoCloseable {
    public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    /** clamd appends .UNOFFICIAL to names from a database it did not sign. */
    public static final String EICAR_NAME = "Test.EICAR.NDB.UNOFFICIAL";

    private final Process process;
    private final int port;
    private final Path dir;

    private ClamdProcess(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    public static ClamdProcess start(Path dir, long streamMaxLengthBytes) throws IOException, InterruptedException {
        Path db = Files.createDirectories(dir.resolve("db"));
        Files.writeString(db.resolve("test.ndb"), "Test.EICAR.NDB:0:*:"
                + HexFormat.of().formatHex(EICAR.getBytes(StandardCharsets.US_ASCII)) + "\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path conf = dir.resolve("clamd.conf");
        Files.writeString(conf, String.join("\n",
                "TCPSocket " + port,
                "TCPAddr 127.0.0.1",
                "DatabaseDirectory " + db,
                "Foreground yes",
                "User " + System.getProperty("user.name"),
                "StreamMaxLength " + streamMaxLengthBytes,
                "LogFile " + dir.resolve("clamd.log"),
                "") );
        Process p = new ProcessBuilder(clamdBinary(), "-c", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("clamd.out").toFile())
                .start();
        ClamdProcess clamd = new ClamdProcess(p, port, dir);
        clamd.awaitReady(Duration.ofSeconds(60));
        return clamd;
    }

    private static String clamdBinary() {
        for (String c : new String[] {"/usr/sbin/clamd", "/usr/bin/clamd"}) {
            if (Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        throw new IllegalStateException("clamd is not installed: run scripts/install-test-deps.sh (Debian package clamav-daemon)");
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        ClamdScanner probe = new ClamdScanner("probe", address(), 2000, 1);
        try {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IOException("clamd exited: " + Files.readString(dir.resolve("clamd.out")));
                }
                if (probe.probe().reachable()) {
                    return;
                }
                Thread.onSpinWait();
                process.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        } finally {
            probe.close();
        }
        close();
        throw new IOException("clamd did not answer within " + timeout);
    }

    public int port() {
        return port;
    }

    public ClamdAddress address() {
        return ClamdAddress.parse("socket", "tcp:127.0.0.1:" + port);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
