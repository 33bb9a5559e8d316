package dev.mailroom.server.filters.antivirus;

import java.nio.file.Path;

/** A virus scanner Mailroom can ask about a message file. Implementations are thread-safe. */
public interface VirusScanner extends AutoCloseable {
    String name();

    /** Scans the message (RFC 5322 text on disk). Never throws: failures are {@link ScanResult.Outcome#ERROR}. */
    ScanResult scan(Path message);

    /** Whether the scanner answers now, with its version where it reports one. */
    ScannerState probe();

    @Override
    void close();

    /** Reachability for the console's scanner list. */
    record ScannerState(String scanner, boolean reachable, String version, String signatureDate, String detail) {
    }
}
