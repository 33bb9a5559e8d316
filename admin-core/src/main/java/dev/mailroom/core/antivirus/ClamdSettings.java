package dev.mailroom.core.antivirus;

import dev.mailroom.core.model.InvalidValueException;

/**
 * A clamd the filter talks to.
 *
 * @param socket        {@code tcp:HOST:PORT} or {@code unix:/path}
 * @param timeoutMillis per scan, from connecting to clamd's answer
 * @param poolSize      connections kept open to clamd (and scans at once)
 */
public record ClamdSettings(String name, boolean enabled, String socket, int timeoutMillis, int poolSize) {
    public ClamdSettings {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "Scanner name is required");
        }
        ClamdAddress.parse("socket", socket);
        if (timeoutMillis < 100 || timeoutMillis > 600_000) {
            throw new InvalidValueException("timeoutMillis", "Timeout must be between 100 ms and 10 minutes");
        }
        if (poolSize < 1 || poolSize > 64) {
            throw new InvalidValueException("poolSize", "Pool size must be between 1 and 64");
        }
    }

    /** Debian's clamav-daemon listens on this unix socket. */
    public static ClamdSettings debianDefault() {
        return new ClamdSettings("ClamAV", true, "unix:/run/clamav/clamd.ctl", 30_000, 4);
    }
}
