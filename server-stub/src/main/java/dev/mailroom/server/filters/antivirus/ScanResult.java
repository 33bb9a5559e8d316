package dev.mailroom.server.filters.antivirus;

/**
 * What one scanner said about one message. {@link Outcome#ERROR} covers every way a scanner
 * can fail to give an answer (down, timed out, garbage, message too large for it): such a
 * message is never treated as clean.
 */
public record ScanResult(String scanner, Outcome outcome, String virusName, String detail) {
    public enum Outcome { CLEAN, INFECTED, ERROR }

    public static ScanResult clean(String scanner) {
        return new ScanResult(scanner, Outcome.CLEAN, "", "");
    }

    public static ScanResult infected(String scanner, String virusName) {
        return new ScanResult(scanner, Outcome.INFECTED, virusName, "");
    }

    public static ScanResult error(String scanner, String detail) {
        return new ScanResult(scanner, Outcome.ERROR, "", detail);
    }

    public boolean infected() {
        return outcome == Outcome.INFECTED;
    }

    public boolean failed() {
        return outcome == Outcome.ERROR;
    }
}
