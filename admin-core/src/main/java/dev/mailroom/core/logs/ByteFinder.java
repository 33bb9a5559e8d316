package dev.mailroom.core.logs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Finds a literal in bytes with Boyer-Moore-Horspool (the idea behind {@code grep -F}): for a
 * message id of 16 characters it looks at about one byte in sixteen, which is what lets a
 * search through a gigabyte log keep up with grep without decoding lines into strings.
 * Optionally ignores ASCII case (the filter box's text search).
 */
final class ByteFinder {
    private final byte[] needle;
    private final int[] shift = new int[256];
    private final boolean ignoreCase;

    ByteFinder(String literal, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        String s = ignoreCase ? literal.toLowerCase(Locale.ROOT) : literal;
        this.needle = s.getBytes(StandardCharsets.UTF_8);
        if (needle.length == 0) {
            throw new IllegalArgumentException("empty literal");
        }
        Arrays.fill(shift, needle.length);
        for (int i = 0; i < needle.length - 1; i++) {
            shift[needle[i] & 0xff] = needle.length - 1 - i;
        }
    }

    /** The first index in {@code [from, to)} where the literal starts, or -1. */
    int find(byte[] hay, int from, int to) {
        int m = needle.length;
        int last = m - 1;
        byte lastByte = needle[last];
        int i = from;
        int stop = to - m;
        if (ignoreCase) {
            while (i <= stop) {
                byte b = fold(hay[i + last]);
                if (b == lastByte && matchesFolded(hay, i)) {
                    return i;
                }
                i += shift[b & 0xff];
            }
            return -1;
        }
        while (i <= stop) {
            byte b = hay[i + last];
            if (b == lastByte && matches(hay, i)) {
                return i;
            }
            i += shift[b & 0xff];
        }
        return -1;
    }

    private boolean matches(byte[] hay, int at) {
        for (int j = needle.length - 2; j >= 0; j--) {
            if (hay[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }

    private boolean matchesFolded(byte[] hay, int at) {
        for (int j = needle.length - 2; j >= 0; j--) {
            if (fold(hay[at + j]) != needle[j]) {
                return false;
            }
        }
        return true;
    }

    private static byte fold(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }
}
