package dev.mailroom.server.filters.antivirus;

import dev.mailroom.core.antivirus.CommandLineScannerSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.model.InvalidValueException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CommandLineScanner} running a real program: a small shell script written by the test,
 * which answers like a command-line scanner (exit 0 clean, 3 infected, anything else error)
 * and records how many copies of itself run at once.
 */
class CommandLineScannerTest {
    @TempDir
    Path dir;

    private Path script() throws IOException {
        Path s = dir.resolve("fake-scan.sh");
        Files.writeString(s, String.join("\n",
                "#!/bin/sh",
                "# Counts concurrent runs with mkdir as an atomic lock-free marker per run.",
                "mkdir -p '" + dir.resolve("running") + "'",
                "touch '" + dir.resolve("running") + "'/$$",
                "n=$(ls '" + dir.resolve("running") + "' | wc -l)",
                "echo $n >> '" + dir.resolve("concurrency.log") + "'",
                "sleep 0.2",
                "rm -f '" + dir.resolve("running") + "'/$$",
                "if grep -q BROKEN \"$1\"; then echo 'scanner crashed' ; exit 7; fi",
                "if grep -q EICAR \"$1\"; then echo \"$1: Fake.Virus FOUND\"; exit 3; fi",
                "exit 0",
                ""));
        Files.setPosixFilePermissions(s, PosixFilePermissions.fromString("rwx------"));
        return s;
    }

    private CommandLineScannerSettings settings(boolean singleInstance) throws IOException {
        return new CommandLineScannerSettings("fake", true, script().toString(), List.of("%f"),
                Set.of(0), Set.of(3), dir.resolve("scratch").toString(), singleInstance, 30, ": (\\S+) FOUND$");
    }

    private Path message(String body) throws IOException {
        Path p = Files.createTempFile(dir, "m", ".eml");
        Files.writeString(p, "Subject: t\r\n\r\n" + body + "\r\n", StandardCharsets.US_ASCII);
        return p;
    }

    @Test
    void exitCodesMeanCleanInfectedOrError() throws IOException {
        CommandLineScanner s = new CommandLineScanner(settings(false), dir);
        assertThat(s.scan(message("hello")).outcome()).isEqualTo(ScanResult.Outcome.CLEAN);
        ScanResult infected = s.scan(message(ClamdProcess.EICAR));
        assertThat(infected.outcome()).isEqualTo(ScanResult.Outcome.INFECTED);
        assertThat(infected.virusName()).isEqualTo("Fake.Virus");
        ScanResult broken = s.scan(message("BROKEN"));
        assertThat(broken.outcome()).isEqualTo(ScanResult.Outcome.ERROR);
        assertThat(broken.detail()).contains("exit code 7").contains("scanner crashed");
    }

    @Test
    void theScratchDirectoryIsCreatedAndLeftEmpty() throws IOException {
        CommandLineScanner s = new CommandLineScanner(settings(false), dir);
        s.scan(message("hello"));
        s.scan(message(ClamdProcess.EICAR));
        try (Stream<Path> left = Files.list(dir.resolve("scratch"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aMissingProgramIsAnErrorNotClean() throws IOException {
        CommandLineScanner s = new CommandLineScanner(new CommandLineScannerSettings("gone", true,
                dir.resolve("no-such-scanner").toString(), List.of("%f"), Set.of(0), Set.of(1),
                dir.resolve("scratch").toString(), false, 5, ""), dir);
        assertThat(s.scan(message("hello")).outcome()).isEqualTo(ScanResult.Outcome.ERROR);
        assertThat(s.probe().reachable()).isFalse();
    }

    @Test
    void singleInstanceRunsTenArrivingMessagesOneAtATime() throws Exception {
        CommandLineScanner s = new CommandLineScanner(settings(true), dir);
        List<Integer> peaks = scanTenAtOnce(s);
        assertThat(peaks).hasSize(10).allMatch(n -> n == 1);
    }

    @Test
    void withoutSingleInstanceScansOverlap() throws Exception {
        CommandLineScanner s = new CommandLineScanner(settings(false), dir);
        List<Integer> peaks = scanTenAtOnce(s);
        assertThat(peaks).hasSize(10).anyMatch(n -> n > 1);
    }

    private List<Integer> scanTenAtOnce(CommandLineScanner s) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<ScanResult>> results = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Path m = message(i % 3 == 0 ? ClamdProcess.EICAR : "clean " + i);
                results.add(pool.submit(() -> s.scan(m)));
            }
            for (int i = 0; i < 10; i++) {
                assertThat(results.get(i).get().infected()).isEqualTo(i % 3 == 0);
            }
        } finally {
            pool.shutdownNow();
        }
        return Files.readAllLines(dir.resolve("concurrency.log")).stream().map(String::strip).map(Integer::parseInt).toList();
    }

    @Test
    void settingsRefuseTemplatesWithoutTheFileAndContradictoryCodes() {
        assertThatThrownBy(() -> new CommandLineScannerSettings("x", true, "/bin/true", List.of("--scan"),
                Set.of(0), Set.of(1), "/tmp/x", false, 5, ""))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("%f");
        assertThatThrownBy(() -> new CommandLineScannerSettings("x", true, "/bin/true", List.of("%f"),
                Set.of(0, 1), Set.of(1), "/tmp/x", false, 5, ""))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("infectedExitCodes");
    }

    @Test
    void theClamscanTemplateNamesTheFile() {
        CommandLineScannerSettings t = CommandLineScannerSettings.clamscanTemplate("/tmp/scratch");
        assertThat(new CommandLineScanner(t, Path.of("/tmp")).command(Path.of("/tmp/scratch/m.eml")))
                .containsExactly("/usr/bin/clamscan", "--no-summary", "--stdout", "/tmp/scratch/m.eml");
    }
}
