package dev.mailroom.core.logs;

import java.time.LocalDateTime;

/**
 * The activity log line: the columns of {@link ActivityRecord} in article 32's order, separated
 * by tabs so that Excel's "Delimited / Tab" import of article 32 works on the raw file; the
 * account is an eleventh column only when there is one. Values are escaped with
 * {@link LogText}. The writer and every reader use this class; nothing else parses these lines.
 */
public final class ActivityFormat {
    private ActivityFormat() {
    }

    /** The line without its line break. */
    public static String encode(ActivityRecord r) {
        StringBuilder sb = new StringBuilder(128);
        LogTime.formatTo(sb, r.time());
        sb.append('\t').append(r.type());
        col(sb, r.messageId());
        col(sb, r.localSocket());
        col(sb, r.remoteIp());
        col(sb, r.command());
        col(sb, r.detail());
        col(sb, r.response());
        sb.append('\t').append(r.bytesSent());
        sb.append('\t').append(r.bytesReceived());
        if (!r.account().isEmpty()) {
            col(sb, r.account());
        }
        return sb.toString();
    }

    /** The record a line holds, or null when it is not a whole activity line. */
    public static ActivityRecord parse(String line) {
        String[] f = Columns.split(line, 12);
        if (f.length != 10 && f.length != 11) {
            return null;
        }
        LocalDateTime time = f[0].length() == LogTime.LENGTH ? LogTime.parse(f[0], 0) : null;
        long sent = Columns.parseCount(f[8]);
        long received = Columns.parseCount(f[9]);
        if (time == null || sent < 0 || received < 0) {
            return null;
        }
        try {
            return new ActivityRecord(time, f[1], LogText.unescape(f[2]), LogText.unescape(f[3]),
                    LogText.unescape(f[4]), LogText.unescape(f[5]), LogText.unescape(f[6]),
                    LogText.unescape(f[7]), sent, received, f.length == 11 ? LogText.unescape(f[10]) : "");
        } catch (IllegalArgumentException e) {
            return null; // e.g. a transaction type that is no word: the line is shown raw
        }
    }

    private static void col(StringBuilder sb, String value) {
        sb.append('\t');
        LogText.escapeTo(sb, value);
    }
}
