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
 *
 * <p>The lines of the session that carried the message but precede or follow it without its id
 * (CONNECT, EHLO, QUIT, and debug lines such as the access-control check) are added too: the
 * session is taken as the lines from the same address and local socket back to its CONNECT and
 * on to its QUIT, and the id-less debug lines naming that address within that time. Two
 * sessions from one address at the same moment can therefore lend each other a line; the
 * lines that carry the id are exact.
 */
public final class MessageTrace {
    public static final List<String> SERVICES = List.of(LogFileNames.SMTP, LogFileNames.POP, LogFileNames.MTA);
    /** Enough for any one message; a trace that hits this is cut and says so. */
    public static final int MAX_LINES = 10_000;
    /** How far around the message's own lines its session's CONNECT and QUIT are looked for. */
    private static final long SESSION_MINUTES = 15;
    /** A session's lines before MAIL or after the last id-carrying line (EHLO, STARTTLS, AUTH, RSET ...). */
    private static final int MAX_SESSION_LINES = 50;

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
        addSessions(dir, messageId, out);
        // Time order; raw lines keep their place after the file's previous line (stable sort,
        // using the day's start so they do not all sink to the end).
        out.sort(Comparator.comparing((TracedLine t) -> time(t)));
        return out;
    }

    /** Adds the id-less lines of the sessions that carried the message (see the class comment). */
    private static void addSessions(LogDirectory dir, String id, List<TracedLine> out) throws IOException {
        List<TracedLine> hits = out.stream()
                .filter(t -> t.kind() == LogKind.ACTIVITY && t.line().record() instanceof ActivityRecord a
                        && !a.remoteIp().isEmpty())
                .toList();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TracedLine t : out) {
            seen.add(key(t));
        }
        java.util.Map<String, List<TracedLine>> byFile = new java.util.LinkedHashMap<>();
        for (TracedLine h : hits) {
            byFile.computeIfAbsent(h.service() + "/" + h.day(), k -> new ArrayList<>()).add(h);
        }
        for (List<TracedLine> group : byFile.values()) {
            TracedLine first = group.get(0);
            ActivityRecord a = (ActivityRecord) first.line().record();
            LocalDateTime from = group.stream().map(MessageTrace::time).min(Comparator.naturalOrder()).orElseThrow();
            LocalDateTime to = group.stream().map(MessageTrace::time).max(Comparator.naturalOrder()).orElseThrow();
            Path activity = dir.path(first.service(), LogKind.ACTIVITY, first.day());
            List<LogLine> near = new ArrayList<>();
            LogSearch.search(activity, LogKind.ACTIVITY, LogQuery.all().withRemoteIp(a.remoteIp())
                    .withTime(from.minusMinutes(SESSION_MINUTES), to.plusMinutes(SESSION_MINUTES)), 0, near::add);
            List<LogLine> session = session(near, group, a.localSocket(), id);
            LocalDateTime start = from;
            LocalDateTime end = to;
            for (LogLine l : session) {
                TracedLine t = new TracedLine(first.service(), LogKind.ACTIVITY, first.day(), l);
                if (seen.add(key(t))) {
                    out.add(t);
                }
                start = l.record().time().isBefore(start) ? l.record().time() : start;
                end = l.record().time().isAfter(end) ? l.record().time() : end;
            }
            Path debug = dir.path(first.service(), LogKind.DEBUG, first.day());
            if (Files.exists(debug)) {
                List<LogLine> notes = new ArrayList<>();
                LogSearch.search(debug, LogKind.DEBUG, LogQuery.all().withRemoteIp(a.remoteIp())
                        // the connect-time checks are logged just before the CONNECT line
                        .withTime(start.minusSeconds(1), end.plusNanos(1_000_000)), 0, notes::add);
                for (LogLine l : notes) {
                    if (l.record() != null && l.record().messageId().isEmpty()) {
                        TracedLine t = new TracedLine(first.service(), LogKind.DEBUG, first.day(), l);
                        if (seen.add(key(t))) {
                            out.add(t);
                        }
                    }
                }
            }
        }
    }

    /** The id-less lines of {@code near} from the CONNECT before the first hit to the QUIT after the last. */
    private static List<LogLine> session(List<LogLine> near, List<TracedLine> hits, String socket, String id) {
        long firstOffset = hits.stream().mapToLong(h -> h.line().offset()).min().orElseThrow();
        long lastOffset = hits.stream().mapToLong(h -> h.line().offset()).max().orElseThrow();
        int firstIndex = -1;
        int lastIndex = -1;
        for (int i = 0; i < near.size(); i++) {
            if (near.get(i).offset() == firstOffset) {
                firstIndex = i;
            }
            if (near.get(i).offset() == lastOffset) {
                lastIndex = i;
            }
        }
        List<LogLine> out = new ArrayList<>();
        if (firstIndex < 0 || lastIndex < 0) {
            return out;
        }
        for (int i = firstIndex - 1; i >= 0 && firstIndex - i <= MAX_SESSION_LINES; i--) {
            ActivityRecord r = activity(near.get(i));
            if (r == null || !r.localSocket().equals(socket) || !r.messageId().isEmpty()
                    || r.command().equalsIgnoreCase("QUIT")) {
                break; // another transaction, or the end of an earlier session
            }
            out.add(near.get(i));
            if (r.command().equalsIgnoreCase("CONNECT")) {
                break;
            }
        }
        for (int i = lastIndex + 1; i < near.size() && i - lastIndex <= MAX_SESSION_LINES; i++) {
            ActivityRecord r = activity(near.get(i));
            if (r == null || !r.localSocket().equals(socket) || r.command().equalsIgnoreCase("CONNECT")
                    || !(r.messageId().isEmpty() || r.messageId().equals(id))) {
                break;
            }
            out.add(near.get(i));
            if (r.command().equalsIgnoreCase("QUIT")) {
                break;
            }
        }
        return out;
    }

    private static ActivityRecord activity(LogLine l) {
        return l.record() instanceof ActivityRecord a ? a : null;
    }

    private static String key(TracedLine t) {
        return t.service() + "/" + t.kind() + "/" + t.day() + "/" + t.line().offset();
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
