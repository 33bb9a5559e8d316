package dev.mailroom.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.directory.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that is writing the config with SIGKILL at random moments, 50 times, and checks
 * after each kill that the store opens and holds exactly the last committed change or the one in
 * flight, never a mixture, and never needs a .BAK/.SAV restore (which would mean a torn file).
 */
class ConfigCrashTest {
    private static final int KILLS = 50;

    @TempDir
    Path dataDir;
    @TempDir
    Path outputs;

    @Test
    void everyKillLeavesTheWholePreviousOrTheWholeNewChange() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        TreeSet<String> model = new TreeSet<>();
        int midChange = 0;
        int committedChanges = 0;
        List<String> history = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            // The child's stdout goes to a file, not a pipe: bytes it wrote before the kill are all
            // there afterwards (reading a pipe while the JDK reaps a killed process can lose them).
            Path out = outputs.resolve("child-" + kill + ".out");
            Process child = ChildJvm.builder(ConfigWriterMain.class, dataDir.toString(), Long.toString(random.nextLong()))
                    .redirectOutput(out.toFile()).start();
            // Most kills land while changes run; every fifth may land during start-up and the
            // open (which itself may be finishing the previous crash's change).
            if (kill % 5 == 0) {
                child.waitFor(random.nextInt(600), TimeUnit.MILLISECONDS);
            } else {
                awaitOutput(child, out, "DONE"); // at least one change committed, whatever the machine's load
                child.waitFor(20 + random.nextInt(150), TimeUnit.MILLISECONDS);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);

            String inFlight = null;
            history.add("kill " + kill + ": " + lines.subList(Math.max(0, lines.size() - 4), lines.size()));
            for (String line : lines) {
                if (line.startsWith("BEGIN ")) {
                    inFlight = line.substring(6);
                } else if (line.equals("DONE")) {
                    model = CrashModel.apply(inFlight, model);
                    inFlight = null;
                    committedChanges++;
                }
            }
            List<String> log = new ArrayList<>();
            ConfigStore store = ConfigStore.open(dataDir, new PasswordHasher(1), log::add);
            TreeSet<String> onDisk = CrashModel.of(store);
            String context = "seed " + seed + ", kill " + kill + ", in flight: " + inFlight + ", log: " + log
                    + ", history: " + history.subList(Math.max(0, history.size() - 6), history.size());
            assertThat(log).as(context).allMatch(l -> l.startsWith("Completed an interrupted config change")
                    || l.startsWith("Rolled back an uncommitted config change"));
            if (inFlight != null) {
                midChange++;
                TreeSet<String> after = CrashModel.apply(inFlight, model);
                assertThat(onDisk).as(context + diff(onDisk, model) + diff(onDisk, after)).isIn(model, after);
                history.add(onDisk.equals(after) ? "  committed" : "  rolled back");
                model = onDisk.equals(after) ? after : model;
            } else {
                assertThat(onDisk).as(context + diff(onDisk, model)).isEqualTo(model);
            }
        }
        assertThat(committedChanges).as("changes committed across all runs").isGreaterThanOrEqualTo(KILLS * 4 / 5);
        assertThat(midChange).as("kills that landed during a change").isGreaterThanOrEqualTo(KILLS / 3);
    }

    private static String diff(TreeSet<String> actual, TreeSet<String> expected) {
        TreeSet<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        TreeSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        return " [on disk but not expected: " + extra + "; expected but missing: " + missing + "]";
    }

    /** Polls the child's output for a line; waiting on the process returns early if it dies. */
    private static void awaitOutput(Process child, Path out, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Files.size(out) > 0 && Files.readAllLines(out, StandardCharsets.UTF_8).contains(line)) {
                return;
            }
            if (child.waitFor(5, TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the writer died before it was ready: " + Files.readString(out));
            }
        }
        throw new AssertionError("the writer did not print " + line + " within 30 s");
    }
}
