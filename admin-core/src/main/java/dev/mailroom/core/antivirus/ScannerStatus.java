package dev.mailroom.core.antivirus;

/**
 * One configured scanner as the console lists it under Filters > Antivirus.
 *
 * @param kind          {@code clamd} or {@code command-line}
 * @param reachable     the scanner answered just now (clamd: VERSION; a program: it exists and is executable)
 * @param version       what clamd reports, e.g. {@code ClamAV 1.4.6}; empty for programs
 * @param signatureDate the date of clamd's signature database, empty when it does not report one
 * @param detail        where it is, or why it is unreachable
 */
public record ScannerStatus(String name, String kind, boolean enabled, boolean reachable, String version,
                            String signatureDate, String detail) {
}
