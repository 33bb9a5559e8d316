package dev.mailroom.core.logs;

import java.time.LocalDate;

/**
 * A line as the API sends it: the raw text and where it is. The receiver parses the text with
 * {@link LogFormats} (the same code the server used), so the wire carries no second copy of
 * the format.
 */
public record LogLineDto(String service, String kind, LocalDate day, long offset, String text, boolean partial) {
    public static LogLineDto of(String service, LogKind kind, LocalDate day, LogLine line) {
        return new LogLineDto(service, kind.label(), day, line.offset(), line.text(), line.partial());
    }

    public LogKind logKind() {
        return LogKind.fromLabel(kind);
    }

    /** The line, parsed again on this side (null record when it does not parse). */
    public LogLine toLine() {
        LogKind k = logKind();
        return new LogLine(offset, text, partial || k == null ? null : LogFormats.parse(k, text), partial);
    }
}
