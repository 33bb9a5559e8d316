package dev.mailroom.core.logs;

/**
 * Escaping for tab-delimited log values so that one record stays one line and one column stays
 * one column: backslash, tab, CR and LF become {@code \\ \t \r \n}, other control characters
 * {@code \xHH}. {@link #unescape} is its exact inverse; text with no backslash is returned as is.
 */
public final class LogText {
    private LogText() {
    }

    public static void escapeTo(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    public static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        escapeTo(sb, value);
        return sb.toString();
    }

    public static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 >= value.length()) {
                sb.append(c);
                continue;
            }
            char n = value.charAt(++i);
            switch (n) {
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case '\\' -> sb.append('\\');
                case 'x' -> {
                    if (i + 2 < value.length()
                            && Character.digit(value.charAt(i + 1), 16) >= 0 && Character.digit(value.charAt(i + 2), 16) >= 0) {
                        sb.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                        i += 2;
                    } else {
                        sb.append("\\x");
                    }
                }
                default -> sb.append('\\').append(n);
            }
        }
        return sb.toString();
    }
}
