package dev.mailroom.server.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --data DIR}, shared by every command. Without it: {@code $MAILROOM_DATA}, else
 * {@code ~/.local/share/mailroom}, the same default the console uses.
 */
final class DataDirOption {
    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: $MAILROOM_DATA or ~/.local/share/mailroom)")
    Path dataDir;

    Path dir() {
        if (dataDir != null) {
            return dataDir;
        }
        String env = System.getenv("MAILROOM_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "mailroom");
    }
}
