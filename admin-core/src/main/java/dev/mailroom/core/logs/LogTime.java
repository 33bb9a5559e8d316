package dev.mailroom.core.logs;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * The timestamp that opens activity and debug lines: local server time
 * {@code yyyy-MM-dd HH:mm:ss.SSS}, fixed width so lines sort as text and Excel's import reads
 * it as a date. Hand-written rather than a DateTimeFormatter because searches by time range
 * parse it once per line of a gigabyte file.
 */
public final class LogTime {
    /** Characters in a timestamp. */
    public static final int LENGTH = 23;

    private LogTime() {
    }

    public static void formatTo(StringBuilder out, LocalDateTime t) {
        pad(out, t.getYear(), 4).append('-');
        pad(out, t.getMonthValue(), 2).append('-');
        pad(out, t.getDayOfMonth(), 2).append(' ');
        pad(out, t.getHour(), 2).append(':');
        pad(out, t.getMinute(), 2).append(':');
        pad(out, t.getSecond(), 2).append('.');
        pad(out, t.getNano() / 1_000_000, 3);
    }

    public static String format(LocalDateTime t) {
        StringBuilder sb = new StringBuilder(LENGTH);
        formatTo(sb, t);
        return sb.toString();
    }

    /** The time at {@code start} of {@code s}, or null when those 23 characters are not one. */
    public static LocalDateTime parse(CharSequence s, int start) {
        if (s.length() < start + LENGTH) {
            return null;
        }
        if (s.charAt(start + 4) != '-' || s.charAt(start + 7) != '-' || s.charAt(start + 10) != ' '
                || s.charAt(start + 13) != ':' || s.charAt(start + 16) != ':' || s.charAt(start + 19) != '.') {
            return null;
        }
        int y = num(s, start, 4);
        int mo = num(s, start + 5, 2);
        int d = num(s, start + 8, 2);
        int h = num(s, start + 11, 2);
        int mi = num(s, start + 14, 2);
        int sec = num(s, start + 17, 2);
        int ms = num(s, start + 20, 3);
        if ((y | mo | d | h | mi | sec | ms) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(y, mo, d, h, mi, sec, ms * 1_000_000);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(CharSequence s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static StringBuilder pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }
}
