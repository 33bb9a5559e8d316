package dev.mailroom.core.logs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Follows one log as it is written ({@code tail -F}): each {@link #poll} returns the whole
 * lines added since the last one. When a newer day's file appears (midnight rollover) the rest
 * of the old file is returned first, its unfinished last line (if the writer died mid-line)
 * as a raw partial line, then the follower moves to the new file. Not thread-safe: one
 * follower per viewer.
 */
public final class LogFollower {
    private static final int MAX_LINES_PER_POLL = 5_000;

    private final LogDirectory dir;
    private final String service;
    private final LogKind kind;
    private LocalDate day;
    private long position;

    /** A batch of new lines of one day's file. */
    public record Batch(LocalDate day, List<LogLine> lines) {
    }

    public LogFollower(LogDirectory dir, String service, LogKind kind, LocalDate day, long position) {
        this.dir = dir;
        this.service = LogFileNames.checkService(service);
        this.kind = kind;
        this.day = day;
        this.position = position;
    }

    /**
     * Starts following at the end of {@code day}'s file, returning its last {@code lastLines}
     * lines (the first screen of a tail) as the first batch.
     */
    public static StartedFollower startAtTail(LogDirectory dir, String service, LogKind kind, LocalDate day,
                                              int lastLines) throws IOException {
        Path p = dir.path(service, kind, day);
        if (!Files.exists(p)) {
            return new StartedFollower(new Batch(day, List.of()), new LogFollower(dir, service, kind, day, 0));
        }
        try (LogFileReader r = LogFileReader.open(p, kind)) {
            LogPage page = r.tail(lastLines);
            List<LogLine> whole = page.lines().stream().filter(l -> !l.partial()).toList();
            return new StartedFollower(new Batch(day, whole), new LogFollower(dir, service, kind, day, page.end()));
        }
    }

    /** The first batch of a tail and the follower that continues it. */
    public record StartedFollower(Batch initial, LogFollower follower) {
    }

    public LocalDate day() {
        return day;
    }

    public long position() {
        return position;
    }

    /** New lines since the last poll; an empty batch when nothing was written. */
    public Batch poll() throws IOException {
        Path p = dir.path(service, kind, day);
        if (Files.exists(p)) {
            try (LogFileReader r = LogFileReader.open(p, kind)) {
                long size = r.size();
                if (size < position) {
                    position = 0; // the file was replaced or truncated: start it again
                }
                LogPage page = r.forward(position, MAX_LINES_PER_POLL);
                List<LogLine> whole = page.lines().stream().filter(l -> !l.partial()).toList();
                if (!whole.isEmpty()) {
                    position = page.end();
                    return new Batch(day, whole);
                }
                var next = dir.nextDay(service, kind, day);
                if (next.isEmpty()) {
                    return new Batch(day, List.of());
                }
                // Rotated: the old file gets no more lines, so a partial last line is final.
                List<LogLine> rest = page.lines();
                LocalDate old = day;
                day = next.get();
                position = 0;
                return new Batch(old, rest);
            }
        }
        var next = dir.nextDay(service, kind, day);
        if (next.isPresent()) {
            day = next.get();
            position = 0;
            return poll();
        }
        return new Batch(day, List.of());
    }
}
