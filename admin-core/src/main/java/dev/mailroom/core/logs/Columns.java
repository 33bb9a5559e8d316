package dev.mailroom.core.logs;

import java.util.ArrayList;
import java.util.List;

/** Splitting helpers shared by the line formats (package-private on purpose). */
final class Columns {
    private Columns() {
    }

    /** Splits on {@code sep}, keeping empty columns; stops after {@code max} columns. */
    static String[] split(String line, char sep, int max) {
        List<String> out = new ArrayList<>(12);
        int start = 0;
        while (out.size() < max - 1) {
            int i = line.indexOf(sep, start);
            if (i < 0) {
                break;
            }
            out.add(line.substring(start, i));
            start = i + 1;
        }
        out.add(line.substring(start));
        return out.toArray(new String[0]);
    }

    static String[] split(String line, int max) {
        return split(line, '\t', max);
    }

    /** A non-negative decimal count, or -1. */
    static long parseCount(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
