package dev.mailroom.server.pop3;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * How a stored message travels in a RETR or TOP reply: every line ends in CRLF (a bare LF
 * becomes CRLF), a line starting with {@code .} gets one more {@code .} (RFC 1939 byte-stuffing)
 * and the last line is ended even if the file does not end it.
 *
 * <p>{@link #octets} counts the same transformation without the stuffing and without the
 * terminating {@code .CRLF}: that is the size RFC 1939 asks LIST and STAT to report, and what a
 * client has after removing the stuffing. Both walk the bytes with one state machine so they
 * cannot disagree.
 */
public final class MessageWire {
    private static final int BUFFER = 64 * 1024;

    private MessageWire() {
    }

    /**
     * Reusable buffers: one per connection, so streaming a message allocates nothing. Not
     * thread-safe; a connection uses its own.
     */
    public static final class Buffers {
        final byte[] in = new byte[BUFFER];
        final byte[] out = new byte[BUFFER * 2 + 2];
    }

    /** Octets of the message as sent, before stuffing. */
    public static long octets(InputStream in) throws IOException {
        return octets(in, new Buffers());
    }

    public static long octets(InputStream in, Buffers buffers) throws IOException {
        Walker w = new Walker(Pop3Body.Message.ALL, false);
        byte[] buf = buffers.in;
        long total = 0;
        byte[] scratch = buffers.out;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += w.process(buf, n, scratch);
        }
        return total + w.finish(scratch);
    }

    /**
     * Writes the message stuffed, without the terminator.
     *
     * @param bodyLines body lines to send after the header and the blank line, or
     *                  {@link Pop3Body.Message#ALL}
     * @return octets written
     */
    public static long copy(InputStream in, OutputStream out, long bodyLines) throws IOException {
        return copy(in, out, bodyLines, new Buffers());
    }

    public static long copy(InputStream in, OutputStream out, long bodyLines, Buffers buffers) throws IOException {
        Walker w = new Walker(bodyLines, true);
        byte[] buf = buffers.in;
        byte[] scratch = buffers.out;
        long total = 0;
        int n;
        while (!w.done && (n = in.read(buf)) > 0) {
            int len = w.process(buf, n, scratch);
            out.write(scratch, 0, len);
            total += len;
        }
        int len = w.finish(scratch);
        out.write(scratch, 0, len);
        return total + len;
    }

    /** Writes one listing line (CAPA, LIST, UIDL) stuffed and CRLF-terminated. */
    public static long line(String line, OutputStream out) throws IOException {
        byte[] bytes = (line.startsWith(".") ? "." + line : line).getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        out.write('\r');
        out.write('\n');
        return bytes.length + 2L;
    }

    /** The byte-level state machine shared by {@link #octets} and {@link #copy}. */
    private static final class Walker {
        private final long bodyLimit;
        private final boolean stuff;
        private boolean lineStart = true;
        private boolean lineEmpty = true;
        private boolean prevCr;
        private boolean inHeader = true;
        private long bodyLinesSent;
        private boolean done;

        Walker(long bodyLimit, boolean stuff) {
            this.bodyLimit = bodyLimit;
            this.stuff = stuff;
        }

        /** Transforms {@code n} input bytes into {@code out}; returns the bytes produced. */
        int process(byte[] in, int n, byte[] out) {
            int o = 0;
            for (int i = 0; i < n && !done; i++) {
                byte b = in[i];
                if (b == '\n') {
                    if (!prevCr) {
                        out[o++] = '\r';
                    }
                    out[o++] = '\n';
                    endOfLine();
                    continue;
                }
                if (lineStart && b == '.' && stuff) {
                    out[o++] = '.';
                }
                out[o++] = b;
                lineStart = false;
                prevCr = b == '\r';
                if (b != '\r') {
                    lineEmpty = false;
                }
            }
            return o;
        }

        private void endOfLine() {
            if (inHeader) {
                if (lineEmpty) {
                    inHeader = false;
                    done = bodyLimit == 0;
                }
            } else if (bodyLimit != Pop3Body.Message.ALL) {
                bodyLinesSent++;
                done = bodyLinesSent >= bodyLimit;
            }
            lineStart = true;
            lineEmpty = true;
            prevCr = false;
        }

        /** Ends an unterminated last line; returns the bytes produced. */
        int finish(byte[] out) {
            if (done || lineStart) {
                return 0;
            }
            int o = 0;
            if (!prevCr) {
                out[o++] = '\r';
            }
            out[o++] = '\n';
            endOfLine();
            return o;
        }
    }
}
