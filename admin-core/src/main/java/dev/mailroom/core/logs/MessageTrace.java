package dev.mailroom.core.logs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Article 32's "trace a message as it is routed through the connectors and the MTA": every
 * activity line with the message id and every debug line of that message (its id column is
 * the message id, or its text names it) in the SMTP, POP and MTA logs of the day and the next
 * (a message can cross midnight), in time order.
 */
public final class MessageTrace {
    public static final List<String> SERVICES = List.of(LogFileNames.SMTP, LogFileNames.POP, LogFileNames.MTA);
    /** Enough for any one message; a trace that hits this is cut and says so. */
    public static final int MAX_LINES = 10_000;

    private MessageTrace() {
    }

    public static List<TracedLine> trace(LogDirectory dir, String messageId, LocalDate day) throws IOException {
        if (messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException("a trace needs a message id");
        }
        List<TracedLine> out = new ArrayList<>();
        for (LocalDate d : List.of(day, day.plusDays(1))) {
            for (String service : SERVICES) {
                for (LogKind kind : List.of(LogKind.ACTIVITY, LogKind.DEBUG)) {
                    Path p = dir.path(service, kind, d);
                    if (!Files.exists(p)) {
                        continue;
                    }
                    LogQuery q = LogQuery.all().withText(messageId);
                    LogSearch.search(p, kind, q, 0, line -> {
                        if (belongs(line, messageId)) {
                            out.add(new TracedLine(service, kind, d, line));
                        }
                        return out.size() < MAX_LINES;
                    });
                }
            }
        }
        // Time order; raw lines keep their place after the file's previous line (stable sort,
        // using the day's start so they do not all sink to the end).
        out.sort(Comparator.comparing((TracedLine t) -> time(t)));
        return out;
    }

    private static boolean belongs(LogLine line, String id) {
        LogRecord r = line.record();
        if (r instanceof ActivityRecord a) {
            return a.messageId().equals(id);
        }
        if (r instanceof DebugRecord d) {
            return d.id().equals(id) || d.text().contains(id);
        }
        return line.text().contains(id); // a garbled line that names the message is still shown
    }

    private static LocalDateTime time(TracedLine t) {
        LogRecord r = t.line().record();
        return r != null && r.time() != null ? r.time() : t.day().atStartOfDay();
    }
}
