package dev.mailroom.core.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits and joins tab-delimited lines. Every line we write ends with a line feed, so a file
 * whose last line does not is truncated; a line with the wrong number of columns or a value
 * that fails its type is unparsable. Either way the file is restored from .BAK or .SAV.
 */
final class TabLines {
    private TabLines() {
    }

    /** The lines' columns; blank lines are skipped. Accepts CRLF (files copied from Windows). */
    static List<String[]> parse(byte[] content, int columns) throws TabFormatException {
        if (content.length > 0 && content[content.length - 1] != '\n') {
            throw new TabFormatException("the last line is incomplete (file truncated)");
        }
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            throw new TabFormatException("the file is not valid UTF-8");
        }
        List<String[]> rows = new ArrayList<>();
        int lineNo = 0;
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            String line = text.substring(start, nl);
            start = nl + 1;
            lineNo++;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != columns) {
                throw new TabFormatException("line " + lineNo + " has " + f.length + " columns, expected " + columns);
            }
            rows.add(f);
        }
        return rows;
    }

    /** Runs a row parser, turning a bad value into a format error naming the line's first column. */
    static <T> T row(String[] f, RowParser<T> parser) throws TabFormatException {
        try {
            return parser.parse(f);
        } catch (IllegalArgumentException e) { // includes InvalidValueException
            throw new TabFormatException("entry '" + f[0] + "': " + e.getMessage());
        }
    }

    static boolean flag(String v) {
        if (v.equals("1")) {
            return true;
        }
        if (v.equals("0")) {
            return false;
        }
        throw new IllegalArgumentException("expected 1 or 0, found '" + v + "'");
    }

    static String flag(boolean v) {
        return v ? "1" : "0";
    }

    static List<String> list(String v) {
        return v.isEmpty() ? List.of() : List.of(v.split(","));
    }

    /** Encoded lines of one post office, kept in its snapshot state and reused across writes. */
    record Chunk(byte[] bytes, int lines) {
    }

    interface RowParser<T> {
        T parse(String[] f) throws TabFormatException;
    }

    static final class Writer {
        private final StringBuilder sb = new StringBuilder();
        private int lines;

        Writer line(String... columns) {
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                sb.append(columns[i]);
            }
            sb.append('\n');
            lines++;
            return this;
        }

        int lines() {
            return lines;
        }

        byte[] bytes() {
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }

        Chunk chunk() {
            return new Chunk(bytes(), lines);
        }
    }
}
