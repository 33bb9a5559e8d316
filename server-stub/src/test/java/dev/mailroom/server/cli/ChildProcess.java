package dev.mailroom.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The command line run as a real child JVM ({@code java -cp <test classpath> MailroomCommand ...}),
 * so exit codes, standard output and signals are the ones a user or a script sees.
 */
final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final LinkedBlockingQueue<String> stdout = new LinkedBlockingQueue<>();
    private final List<String> stdoutSeen = new ArrayList<>();
    private final StringBuffer stderr = new StringBuffer();
    private final Thread outReader;
    private final Thread errReader;

    private ChildProcess(Process process) {
        this.process = process;
        this.outReader = pump(process.getInputStream(), stdout::add);
        this.errReader = pump(process.getErrorStream(), line -> stderr.append(line).append('\n'));
    }

    static ChildProcess start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(MailroomCommand.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("MAILROOM_DATA");
        return new ChildProcess(pb.start());
    }

    /** Writes {@code text} to the child's standard input and closes it (a piped password). */
    ChildProcess stdin(String text) throws IOException {
        try (var in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /** The next line on standard output, waiting at most {@code timeout}; null if none came. */
    String nextLine(Duration timeout) throws InterruptedException {
        String line = stdout.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line != null) {
            stdoutSeen.add(line);
        }
        return line;
    }

    /** Waits for the exit code, or null when the process is still running after {@code timeout}. */
    Integer waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return null;
        }
        outReader.join(5000);
        errReader.join(5000);
        return process.exitValue();
    }

    /** Every stdout line: those already taken with {@link #nextLine} and those still queued. */
    List<String> allStdout() {
        List<String> all = new ArrayList<>(stdoutSeen);
        stdout.drainTo(all);
        stdoutSeen.clear();
        stdoutSeen.addAll(all);
        return all;
    }

    String stderr() {
        return stderr.toString();
    }

    /** SIGTERM on Linux. */
    void terminate() {
        process.destroy();
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Thread pump(InputStream in, java.util.function.Consumer<String> sink) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    sink.accept(line);
                }
            } catch (IOException ignored) {
                // The process ended; what was read is kept.
            }
        }, "child-output");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
