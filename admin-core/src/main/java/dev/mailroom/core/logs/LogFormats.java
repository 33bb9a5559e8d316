package dev.mailroom.core.logs;

/** Parsing and search-literal encoding by kind, so readers need not switch on the kind. */
public final class LogFormats {
    private LogFormats() {
    }

    /** The record of a line of {@code kind}, or null when it does not parse. Never throws. */
    public static LogRecord parse(LogKind kind, String line) {
        try {
            return switch (kind) {
                case ACTIVITY -> ActivityFormat.parse(line);
                case DEBUG -> DebugFormat.parse(line);
                case W3C -> W3cFormat.parse(line);
            };
        } catch (RuntimeException e) {
            return null; // a reader must never crash on a line; shown raw instead
        }
    }

    /** How a value is spelt inside a line of {@code kind}, so byte search finds escaped text. */
    public static String encodeValue(LogKind kind, String value) {
        if (kind == LogKind.W3C) {
            StringBuilder sb = new StringBuilder();
            W3cFormat.field(sb, value);
            return sb.substring(1);
        }
        return LogText.escape(value);
    }
}
