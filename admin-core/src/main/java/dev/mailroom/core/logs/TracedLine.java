package dev.mailroom.core.logs;

import java.time.LocalDate;

/** A line found by a trace or a cross-log search, with the file it came from. */
public record TracedLine(String service, LogKind kind, LocalDate day, LogLine line) {
}
