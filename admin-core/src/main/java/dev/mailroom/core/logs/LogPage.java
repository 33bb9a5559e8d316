package dev.mailroom.core.logs;

import java.util.List;

/**
 * A run of consecutive lines read from one file. {@code start} is the offset of the first line,
 * {@code end} the offset just after the last whole line (where the next page starts; a partial
 * last line is returned but not counted, so it is read again once it is complete), and
 * {@code fileSize} the size when read.
 */
public record LogPage(List<LogLine> lines, long start, long end, long fileSize) {
    public LogPage {
        lines = List.copyOf(lines);
    }

    /** True when nothing follows {@code end} yet. */
    public boolean atEnd() {
        return end >= fileSize || lines.stream().anyMatch(LogLine::partial);
    }
}
