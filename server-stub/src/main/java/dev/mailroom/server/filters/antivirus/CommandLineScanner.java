package dev.mailroom.server.filters.antivirus;

import dev.mailroom.core.antivirus.CommandLineScannerSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Any scanner run as a program (knowledge base article 27): the message is copied into a
 * scratch directory, the program is run with {@code %f} replaced by that file, and its exit
 * code says clean, infected or error. The scratch file is removed after every scan.
 *
 * <p>"Single instance" scanners cannot run twice at once; their scans wait for each other on a
 * semaphore held only by this scanner, so other scanners and the rest of the server go on.
 */
public final class CommandLineScanner implements VirusScanner {
    private static final int MAX_OUTPUT = 64 * 1024;
    private final CommandLineScannerSettings settings;
    private final Semaphore singleInstance = new Semaphore(1, true);
    private final Pattern virusName;

    private final Path scratchDir;

    /** @param dataDir the server's data directory, against which a relative scratch directory is resolved */
    public CommandLineScanner(CommandLineScannerSettings settings, Path dataDir) {
        this.settings = settings;
        this.scratchDir = dataDir.resolve(settings.scratchDirectory());
        this.virusName = settings.virusNamePattern().isBlank() ? null : Pattern.compile(settings.virusNamePattern(), Pattern.MULTILINE);
    }

    /**
     * Removes scratch files a crash left behind. Called once when the server starts, never on a
     * settings change, when a scan of the previous settings may still be using its file.
     */
    public static void removeLeftovers(Path scratchDir) {
        if (!Files.isDirectory(scratchDir)) {
            return;
        }
        try (var files = Files.newDirectoryStream(scratchDir, "scan-*.eml")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        } catch (IOException ignored) {
            // the next scan still works; a left-over file only takes space
        }
    }

    public Path scratchDirectory() {
        return scratchDir;
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public ScanResult scan(Path message) {
        boolean held = false;
        try {
            if (settings.singleInstance()) {
                if (!singleInstance.tryAcquire(settings.timeoutSeconds() * 2L, TimeUnit.SECONDS)) {
                    return ScanResult.error(name(), "the previous scan of this single-instance scanner did not finish in time");
                }
                held = true;
            }
            return runOnce(message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ScanResult.error(name(), "interrupted");
        } finally {
            if (held) {
                singleInstance.release();
            }
        }
    }

    private ScanResult runOnce(Path message) throws InterruptedException {
        Path copy = null;
        try {
            Files.createDirectories(scratchDir);
            copy = scratchDir.resolve("scan-" + UUID.randomUUID() + ".eml");
            Files.copy(message, copy, StandardCopyOption.REPLACE_EXISTING);
            List<String> command = command(copy);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            OutputCollector output = new OutputCollector(process.getInputStream());
            output.start();
            if (!process.waitFor(settings.timeoutSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return ScanResult.error(name(), "did not finish within " + settings.timeoutSeconds() + " s");
            }
            output.join(1000);
            int exit = process.exitValue();
            if (settings.infectedExitCodes().contains(exit)) {
                return ScanResult.infected(name(), virusName(output.text()));
            }
            if (settings.cleanExitCodes().contains(exit)) {
                return ScanResult.clean(name());
            }
            return ScanResult.error(name(), "exit code " + exit + firstLine(output.text()));
        } catch (IOException e) {
            return ScanResult.error(name(), "could not run " + settings.executable() + ": " + e.getMessage());
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a left-over scratch file is removed when the server next starts (removeLeftovers)
                }
            }
        }
    }

    List<String> command(Path file) {
        List<String> cmd = new ArrayList<>();
        cmd.add(settings.executable());
        for (String arg : settings.arguments()) {
            cmd.add(arg.replace("%f", file.toString()));
        }
        return cmd;
    }

    private String virusName(String output) {
        if (virusName != null) {
            Matcher m = virusName.matcher(output);
            if (m.find()) {
                return m.groupCount() >= 1 ? m.group(1).strip() : m.group().strip();
            }
        }
        return "unnamed (reported by " + name() + ")";
    }

    private static String firstLine(String output) {
        String line = output.lines().findFirst().orElse("").strip();
        return line.isEmpty() ? "" : ": " + (line.length() > 120 ? line.substring(0, 120) : line);
    }

    @Override
    public ScannerState probe() {
        boolean exists = Files.isExecutable(Path.of(settings.executable()));
        return new ScannerState(name(), exists, "", "",
                exists ? settings.executable() : settings.executable() + " is missing or not executable");
    }

    @Override
    public void close() {
        // nothing held between scans
    }

    /** Reads the scanner's output on its own thread so a chatty scanner cannot block on a full pipe. */
    private static final class OutputCollector extends Thread {
        private final InputStream in;
        private final StringBuilder text = new StringBuilder();

        OutputCollector(InputStream in) {
            super("scanner-output");
            setDaemon(true);
            this.in = in;
        }

        @Override
        public void run() {
            byte[] buf = new byte[8192];
            int n;
            try {
                while ((n = in.read(buf)) > 0) {
                    synchronized (text) {
                        if (text.length() < MAX_OUTPUT) {
                            text.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                        }
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }

        String text() {
            synchronized (text) {
                return text.toString();
            }
        }
    }
}
