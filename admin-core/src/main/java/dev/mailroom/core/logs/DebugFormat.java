package dev.mailroom.core.logs;

import java.time.LocalDateTime;

/**
 * The debug log line: timestamp, message or session id (empty when the event concerns no
 * session), and the text, tab-separated, e.g.
 * {@code 2026-11-26 06:40:21.123\tSMTP-5F3A...\tME-I0111: Relay Denied: Failed to meet all relay criteria}.
 * Id and text are escaped with {@link LogText}, so a multi-line text stays one line.
 */
public final class DebugFormat {
    private DebugFormat() {
    }

    public static String encode(DebugRecord r) {
        StringBuilder sb = new StringBuilder(32 + r.text().length());
        LogTime.formatTo(sb, r.time());
        sb.append('\t');
        LogText.escapeTo(sb, r.id());
        sb.append('\t');
        LogText.escapeTo(sb, r.text());
        return sb.toString();
    }

    /** The record a line holds, or null when it is not a whole debug line. */
    public static DebugRecord parse(String line) {
        String[] f = Columns.split(line, 3);
        if (f.length != 3 || f[0].length() != LogTime.LENGTH) {
            return null;
        }
        LocalDateTime time = LogTime.parse(f[0], 0);
        if (time == null) {
            return null;
        }
        return new DebugRecord(time, LogText.unescape(f[1]), LogText.unescape(f[2]));
    }
}
