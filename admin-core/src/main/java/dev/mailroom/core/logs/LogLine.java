package dev.mailroom.core.logs;

/**
 * One line as read from a log file: where it starts (byte offset, the position the API and the
 * console page by), its text without the line break, and what it holds. {@code record} is null
 * when the line does not parse (garbage, a line cut short by a crash, another program's line):
 * such lines are shown raw, never dropped. {@code partial} marks a last line with no line
 * break yet (still being written, or cut short).
 */
public record LogLine(long offset, String text, LogRecord record, boolean partial) {
    public boolean parsed() {
        return record != null;
    }
}
