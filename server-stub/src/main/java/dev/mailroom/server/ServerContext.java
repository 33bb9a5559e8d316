package dev.mailroom.server;

import dev.mailroom.core.config.SettingsStore;
import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.server.store.MessageStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalInt;

/**
 * What every service of a running server shares: the data directory, the directory of post
 * offices and mailboxes, the settings, the message store and the clock (tests pass their own).
 * Built once by the launcher and handed to each service; no service reaches for a static.
 */
public record ServerContext(Path dataDir, DirectoryStore directory, SettingsStore settings,
                            MessageStore messages, Clock clock, Overrides overrides) {

    /**
     * Command-line overrides of the settings ({@code serve --bind --smtp-port --pop3-port}).
     * Port 0 means any free port. Empty means "use the stored setting".
     */
    public record Overrides(String bindAddress, OptionalInt smtpPort, OptionalInt pop3Port) {
        public static Overrides none() {
            return new Overrides(null, OptionalInt.empty(), OptionalInt.empty());
        }
    }
}
