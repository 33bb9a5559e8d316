package dev.mailroom.server.pop3;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads CRLF (or bare LF) terminated lines with a length limit. A line over the limit is read to
 * its end and discarded, so one bad line costs the client one {@code -ERR}, not the connection.
 */
final class LineReader {
    /** A "line" longer than this is not a confused client but a flood: the connection is closed. */
    static final int ABANDON_AFTER = 64 * 1024;

    /** One line read; {@code tooLong} when it was over the limit and discarded. */
    record Line(String text, boolean tooLong) {
    }

    private final InputStream in;
    private final byte[] buf;
    private long octetsRead;

    LineReader(InputStream in, int maxLine) {
        this.in = in;
        this.buf = new byte[maxLine];
    }

    /** The next line without its line end; null at end of stream. */
    Line readLine(int limit) throws IOException {
        int len = 0;
        int discarded = 0;
        boolean overflow = false;
        int max = Math.min(limit, buf.length);
        while (true) {
            int b = in.read();
            if (b < 0) {
                return len == 0 && !overflow ? null : line(len, overflow);
            }
            octetsRead++;
            if (b == '\n') {
                return line(len, overflow);
            }
            if (len < max) {
                buf[len++] = (byte) b;
            } else {
                overflow = true;
                if (++discarded > ABANDON_AFTER) {
                    throw new IOException("a line of more than " + ABANDON_AFTER + " octets; closing");
                }
            }
        }
    }

    long octetsRead() {
        return octetsRead;
    }

    private Line line(int len, boolean overflow) {
        if (overflow) {
            return new Line("", true);
        }
        int end = len > 0 && buf[len - 1] == '\r' ? len - 1 : len;
        return new Line(new String(buf, 0, end, StandardCharsets.UTF_8), false);
    }
}
