package dev.mailroom.server.pop3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real POP3 client, Python's {@code poplib}, as a child process. The script gets the
 * host and ports in {@code HOST}, {@code PORT}, {@code TLSPORT}; what it prints is returned.
 * A prelude defines {@code ctx} (a TLS context that accepts the server's self-signed
 * certificate: the test checks the protocol, not the certificate's trust chain).
 */
final class PythonPop {
    private static final String PRELUDE = String.join("\n",
            "import os, sys, poplib, ssl, base64, socket, hashlib",
            "HOST = os.environ['HOST']",
            "PORT = int(os.environ['PORT'])",
            "TLSPORT = int(os.environ.get('TLSPORT', '0'))",
            "ctx = ssl.create_default_context()",
            "ctx.check_hostname = False",
            "ctx.verify_mode = ssl.CERT_NONE",
            "poplib._MAXLINE = 1 << 20",
            "def attempt(f, *a):",
            "    try:",
            "        r = f(*a)",
            "        return 'OK ' + (r.decode() if isinstance(r, bytes) else str(r))",
            "    except poplib.error_proto as e:",
            "        m = e.args[0]",
            "        return m.decode() if isinstance(m, bytes) else str(m)",
            "");

    record Result(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private PythonPop() {
    }

    static Result run(Path workDir, String host, int port, int tlsPort, String script) throws IOException, InterruptedException {
        Path file = Files.createTempFile(workDir, "client", ".py");
        Files.writeString(file, PRELUDE + script, StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of("python3", file.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("HOST", host);
        pb.environment().put("PORT", Integer.toString(port));
        pb.environment().put("TLSPORT", Integer.toString(tlsPort));
        Path out = Files.createTempFile(workDir, "client", ".out");
        Path err = Files.createTempFile(workDir, "client", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("python client did not finish in 120 s: " + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Runs and insists on a clean exit, so a Python traceback fails the test with its text. */
    static List<String> ok(Path workDir, String host, int port, int tlsPort, String script) throws IOException, InterruptedException {
        Result r = run(workDir, host, port, tlsPort, script);
        if (r.exit() != 0) {
            throw new AssertionError("python client failed (" + r.exit() + "):\n" + r.err() + "\nstdout:\n" + r.out());
        }
        return r.lines();
    }
}
