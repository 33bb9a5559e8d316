package dev.mailroom.core.testing;

import dev.mailroom.core.config.ConfigStore;
import dev.mailroom.core.directory.PasswordHasher;
import java.nio.file.Path;

/** The real file-backed directory store on a test's temporary data directory. */
public final class TestDirectories {
    private TestDirectories() {
    }

    /**
     * A fresh {@link ConfigStore} in {@code dataDir}. Cheap password hashing keeps seeding fast;
     * a fresh directory needs no recovery, so any recovery message fails the test.
     */
    public static ConfigStore configStore(Path dataDir) {
        return ConfigStore.open(dataDir, new PasswordHasher(1_000), msg -> {
            throw new AssertionError("unexpected config recovery in a fresh data directory: " + msg);
        });
    }
}
