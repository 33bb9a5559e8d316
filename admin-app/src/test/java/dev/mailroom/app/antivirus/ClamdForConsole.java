package dev.mailroom.app.antivirus;

import dev.mailroom.core.antivirus.ClamdAddress;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * A real clamd for the console tests on a free loopback port with an EICAR-only database (the
 * server module's ClamdProcess is test code of another module, so the few lines are repeated).
 */
final class ClamdForConsole implements AutoCloseable {
    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    private final Process process;
    private final int port;

    private ClamdForConsole(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ClamdForConsole start(Path dir) throws IOException, InterruptedException {
        Path db = Files.createDirectories(dir.resolve("db"));
        Files.writeString(db.resolve("test.ndb"), "Test.EICAR.NDB:0:*:"
                + HexFormat.of().formatHex(EICAR.getBytes(StandardCharsets.US_ASCII)) + "\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path conf = dir.resolve("clamd.conf");
        Files.writeString(conf, String.join("\n", "TCPSocket " + port, "TCPAddr 127.0.0.1", "DatabaseDirectory " + db,
                "Foreground yes", "User " + System.getProperty("user.name"), "StreamMaxLength 10M", ""));
        String bin = Files.isExecutable(Path.of("/usr/sbin/clamd")) ? "/usr/sbin/clamd" : "/usr/bin/clamd";
        Process p = new ProcessBuilder(bin, "-c", conf.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("clamd.out").toFile()).start();
        ClamdForConsole c = new ClamdForConsole(p, port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!c.answers()) {
            if (!p.isAlive() || Instant.now().isAfter(deadline)) {
                c.close();
                throw new IOException("clamd did not start: " + Files.readString(dir.resolve("clamd.out")));
            }
            p.waitFor(100, TimeUnit.MILLISECONDS);
        }
        return c;
    }

    private boolean answers() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            s.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readNBytes(4), StandardCharsets.US_ASCII).equals("PONG");
        } catch (IOException e) {
            return false;
        }
    }

    String socket() {
        return ClamdAddress.parse("socket", "tcp:127.0.0.1:" + port).text();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
