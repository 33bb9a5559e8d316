package dev.mailroom.core.logs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The W3C extended log format (W3C working draft WD-logfile-960323) copy of the activity log:
 * article 32 calls the W3C log "basically a copy of the Activity log". Space-separated fields
 * named by the {@code #Fields:} directive, {@code -} for an empty value, a space inside a value
 * written {@code +} (as IIS does) and {@code + % -} and control characters percent-encoded so
 * that decoding is exact. Times are local server time, like the other two logs (said in a
 * {@code #Remark:} so a reader expecting GMT is warned).
 */
public final class W3cFormat {
    public static final List<String> FIELDS = List.of("date", "time", "x-type", "x-message-id", "x-local-socket",
            "c-ip", "cs-method", "cs-uri-query", "x-response", "sc-bytes", "cs-bytes", "cs-username");

    private W3cFormat() {
    }

    /** The directive lines that open each W3C file, for a file started at {@code started}. */
    public static List<String> header(LocalDateTime started) {
        return List.of(
                "#Software: Mailroom",
                "#Version: 1.0",
                "#Date: " + LogTime.format(started).substring(0, 19),
                "#Remark: times are local server time",
                "#Fields: " + String.join(" ", FIELDS));
    }

    public static String encode(ActivityRecord r) {
        StringBuilder sb = new StringBuilder(128);
        String t = LogTime.format(r.time());
        sb.append(t, 0, 10).append(' ').append(t, 11, LogTime.LENGTH);
        field(sb, r.type());
        field(sb, r.messageId());
        field(sb, r.localSocket());
        field(sb, r.remoteIp());
        field(sb, r.command());
        field(sb, r.detail());
        field(sb, r.response());
        sb.append(' ').append(r.bytesSent());
        sb.append(' ').append(r.bytesReceived());
        field(sb, r.account());
        return sb.toString();
    }

    /**
     * A directive, an activity record, or null when the line is neither (a partly written
     * line, garbage, another program's field list).
     */
    public static LogRecord parse(String line) {
        if (line.startsWith("#")) {
            int colon = line.indexOf(':');
            if (colon < 2) {
                return null;
            }
            return new W3cDirective(line.substring(1, colon), line.substring(colon + 1).strip());
        }
        String[] f = Columns.split(line, ' ', FIELDS.size() + 1);
        if (f.length != FIELDS.size()) {
            return null;
        }
        LocalDateTime time;
        try {
            time = LocalDateTime.of(LocalDate.parse(f[0]), LocalTime.parse(f[1]));
        } catch (DateTimeParseException e) {
            return null;
        }
        long sent = Columns.parseCount(f[9]);
        long received = Columns.parseCount(f[10]);
        if (sent < 0 || received < 0) {
            return null;
        }
        try {
            return new ActivityRecord(time, decode(f[2]), decode(f[3]), decode(f[4]), decode(f[5]), decode(f[6]),
                    decode(f[7]), decode(f[8]), sent, received, decode(f[11]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static void field(StringBuilder sb, String value) {
        sb.append(' ');
        if (value.isEmpty()) {
            sb.append('-');
            return;
        }
        if (value.equals("-")) {
            sb.append("%2D");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ') {
                sb.append('+');
            } else if (c == '+' || c == '%' || c < 0x20 || c == 0x7f) {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                sb.append(c);
            }
        }
    }

    static String decode(String value) {
        if (value.equals("-")) {
            return "";
        }
        if (value.indexOf('+') < 0 && value.indexOf('%') < 0) {
            return value;
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '+') {
                sb.append(' ');
            } else if (c == '%' && i + 2 < value.length()
                    && Character.digit(value.charAt(i + 1), 16) >= 0 && Character.digit(value.charAt(i + 2), 16) >= 0) {
                sb.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
