package dev.mailroom.core.config;

import dev.mailroom.core.directory.PasswordHasher;
import java.nio.file.Path;
import java.util.Random;

/**
 * Child process of {@link ConfigCrashTest}: opens the store and changes it in a loop until it
 * is killed. Prints {@code READY}, then {@code BEGIN <change>} before and {@code DONE} after
 * each change, flushed at once, so the parent knows the last committed change and the one that
 * may have been in flight.
 */
public final class ConfigWriterMain {
    private ConfigWriterMain() {
    }

    public static void main(String[] args) {
        // One PBKDF2 iteration: the test is about the files, and hashing would slow the loop.
        ConfigStore store = ConfigStore.open(Path.of(args[0]), new PasswordHasher(1), line -> { });
        Random random = new Random(Long.parseLong(args[1]));
        System.out.println("READY");
        System.out.flush();
        while (true) {
            String op = CrashModel.next(random, store);
            System.out.println("BEGIN " + op);
            System.out.flush();
            CrashModel.apply(op, store);
            System.out.println("DONE");
            System.out.flush();
        }
    }
}
