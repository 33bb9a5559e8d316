package dev.mailroom.core.logs;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Finds a literal in bytes without decoding them: Horspool's algorithm on two-byte grams
 * (the idea behind {@code grep -F}'s skip loop). The window's last two bytes pick how far it
 * may jump; a pair that is not in the literal jumps almost the literal's whole length. Plain
 * one-byte Horspool stalls on log text, where the digits of a message id are everywhere
 * (timestamps, byte counts); pairs of them are much rarer, so a 24-character message id is
 * found looking at about one byte in twenty. Optionally ignores ASCII case (the filter box).
 */
final class ByteFinder {
    private final byte[] needle;
    private final boolean ignoreCase;
    /** Jump for the pair ending the window, indexed by {@code (b1 << 8) | b2}; 0: check here. */
    private final short[] jump;

    ByteFinder(String literal, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        String s = ignoreCase ? literal.toLowerCase(Locale.ROOT) : literal;
        this.needle = s.getBytes(StandardCharsets.UTF_8);
        if (needle.length == 0) {
            throw new IllegalArgumentException("empty literal");
        }
        int m = needle.length;
        if (m < 2 || m > Short.MAX_VALUE) {
            jump = null;
            return;
        }
        jump = new short[65536];
        Arrays.fill(jump, (short) (m - 1));
        for (int i = 0; i + 1 < m; i++) {
            // pair (i, i+1) ends at i+1; the window must move m-1-(i+1) to line it up with the end
            jump[pair(needle[i], needle[i + 1])] = (short) (m - 2 - i);
        }
    }

    /** The first index in {@code [from, to)} where the literal starts, or -1. */
    int find(byte[] hay, int from, int to) {
        int m = needle.length;
        if (jump == null) {
            return scan(hay, from, to);
        }
        int last = m - 1;
        int i = from; // window start
        int stop = to - m;
        while (i <= stop) {
            int end = i + last;
            int shift;
            if (ignoreCase) {
                shift = jump[pair(fold(hay[end - 1]), fold(hay[end]))];
            } else {
                shift = jump[pair(hay[end - 1], hay[end])];
            }
            if (shift == 0) {
                if (matches(hay, i)) {
                    return i;
                }
                shift = 1;
            }
            i += shift;
        }
        return -1;
    }

    /** As {@link #find(byte[], int, int)} over a (memory-mapped) buffer, by absolute index. */
    int find(ByteBuffer hay, int from, int to) {
        int m = needle.length;
        if (jump == null) {
            for (int i = from; i < to; i++) {
                byte b = ignoreCase ? fold(hay.get(i)) : hay.get(i);
                if (b == needle[0]) {
                    return i;
                }
            }
            return -1;
        }
        int last = m - 1;
        int i = from;
        int stop = to - m;
        while (i <= stop) {
            int end = i + last;
            int shift = ignoreCase ? jump[pair(fold(hay.get(end - 1)), fold(hay.get(end)))]
                    : jump[pair(hay.get(end - 1), hay.get(end))];
            if (shift == 0) {
                if (matches(hay, i)) {
                    return i;
                }
                shift = 1;
            }
            i += shift;
        }
        return -1;
    }

    private boolean matches(ByteBuffer hay, int at) {
        for (int j = 0; j < needle.length; j++) {
            byte b = ignoreCase ? fold(hay.get(at + j)) : hay.get(at + j);
            if (b != needle[j]) {
                return false;
            }
        }
        return true;
    }

    private int scan(byte[] hay, int from, int to) {
        byte b0 = needle[0];
        for (int i = from; i < to; i++) {
            byte b = ignoreCase ? fold(hay[i]) : hay[i];
            if (b == b0) {
                return i;
            }
        }
        return -1;
    }

    private boolean matches(byte[] hay, int at) {
        for (int j = 0; j < needle.length; j++) {
            byte b = ignoreCase ? fold(hay[at + j]) : hay[at + j];
            if (b != needle[j]) {
                return false;
            }
        }
        return true;
    }

    private static int pair(byte a, byte b) {
        return ((a & 0xff) << 8) | (b & 0xff);
    }

    private static byte fold(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }
}
