package dev.mailroom.core.logs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads lines of one log file by byte position, forwards and backwards, without reading the
 * rest of the file: the first screen of a gigabyte log costs a few kilobytes. The file is
 * opened read-only and may grow while it is read. Lines that do not parse come back raw.
 */
public final class LogFileReader implements AutoCloseable {
    private static final int BLOCK = 64 * 1024;

    private final Path path;
    private final LogKind kind;
    private final FileChannel channel;

    private LogFileReader(Path path, LogKind kind, FileChannel channel) {
        this.path = path;
        this.kind = kind;
        this.channel = channel;
    }

    public static LogFileReader open(Path file, LogKind kind) throws IOException {
        return new LogFileReader(file, kind, FileChannel.open(file, StandardOpenOption.READ));
    }

    public Path path() {
        return path;
    }

    public LogKind kind() {
        return kind;
    }

    public long size() throws IOException {
        return channel.size();
    }

    /**
     * Up to {@code maxLines} lines from the first line that starts at or after {@code from} (a
     * position inside a line moves to the next line, so any offset, e.g. half the size, works).
     */
    public LogPage forward(long from, int maxLines) throws IOException {
        return forward(from, maxLines, Long.MAX_VALUE);
    }

    /** As {@link #forward(long, int)} but no line starting at or after {@code limit}. */
    public LogPage forward(long from, int maxLines, long limit) throws IOException {
        long size = channel.size();
        long start = Math.max(0, Math.min(from, size));
        if (start > 0 && byteAt(start - 1) != '\n') {
            start = nextLineStart(start, size);
        }
        List<LogLine> lines = new ArrayList<>(Math.min(maxLines, 1024));
        long pos = start;
        long end = start;
        byte[] carry = new byte[0];
        int carryLen = 0;
        ByteBuffer buf = ByteBuffer.allocate(BLOCK);
        long lineStart = start;
        long readPos = start;
        while (lines.size() < maxLines && readPos < size && lineStart < limit) {
            buf.clear();
            int n = channel.read(buf, readPos);
            if (n <= 0) {
                break;
            }
            byte[] b = buf.array();
            int i = 0;
            int segStart = 0;
            while (i < n && lines.size() < maxLines) {
                if (b[i] == '\n') {
                    byte[] lineBytes = concat(carry, carryLen, b, segStart, i - segStart);
                    lines.add(line(lineStart, lineBytes, lineBytes.length, false));
                    carryLen = 0;
                    lineStart = readPos + i + 1;
                    end = lineStart;
                    segStart = i + 1;
                    if (lineStart >= limit) {
                        break;
                    }
                }
                i++;
            }
            if (lines.size() >= maxLines || lineStart >= limit) {
                break;
            }
            // keep the unfinished tail of this block for the next one
            int rest = n - segStart;
            if (carryLen + rest > carry.length) {
                byte[] grown = new byte[Math.max(carry.length * 2, carryLen + rest)];
                System.arraycopy(carry, 0, grown, 0, carryLen);
                carry = grown;
            }
            System.arraycopy(b, segStart, carry, carryLen, rest);
            carryLen += rest;
            readPos += n;
        }
        if (lines.size() < maxLines && carryLen > 0 && lineStart < limit && readPos >= size) {
            lines.add(line(lineStart, carry, carryLen, true)); // a last line with no line break
        }
        pos = end;
        return new LogPage(lines, start, pos, size);
    }

    /** Up to {@code maxLines} whole lines that end at or before {@code before} (e.g. the size). */
    public LogPage backward(long before, int maxLines) throws IOException {
        long size = channel.size();
        long end = Math.max(0, Math.min(before, size));
        if (end > 0 && end < size && byteAt(end - 1) != '\n') {
            end = nextLineStart(end, size); // round to a line boundary like forward does
        }
        long start = startOfLinesBefore(end, maxLines);
        return forward(start, maxLines, end);
    }

    /** The last {@code n} lines, including a partial last line. */
    public LogPage tail(int n) throws IOException {
        return backward(Long.MAX_VALUE, n);
    }

    /**
     * The offset of the first line whose time is at or after {@code time}, by binary search (a
     * log is written in time order); the file size when every line is earlier. Unparsable
     * lines are stepped over. "Jump to time" and time-range searches start here.
     */
    public long offsetOf(LocalDateTime time) throws IOException {
        long lo = 0;
        long hi = channel.size();
        while (hi - lo > BLOCK) {
            long mid = lo + (hi - lo) / 2;
            LocalDateTime t = firstTimeFrom(mid, hi);
            if (t == null || !t.isBefore(time)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        long pos = lo;
        while (true) {
            LogPage page = forward(pos, 256);
            if (page.lines().isEmpty()) {
                return page.fileSize();
            }
            for (LogLine l : page.lines()) {
                LocalDateTime t = l.record() == null ? null : l.record().time();
                if (t != null && !t.isBefore(time)) {
                    return l.offset();
                }
            }
            if (page.end() == pos) {
                return page.fileSize();
            }
            pos = page.end();
        }
    }

    private LocalDateTime firstTimeFrom(long pos, long limit) throws IOException {
        LogPage page = forward(pos, 32, limit);
        for (LogLine l : page.lines()) {
            if (l.record() != null && l.record().time() != null) {
                return l.record().time();
            }
        }
        return null;
    }

    private LogLine line(long offset, byte[] bytes, int len, boolean partial) {
        int l = len;
        if (l > 0 && bytes[l - 1] == '\r') {
            l--;
        }
        String text = new String(bytes, 0, l, StandardCharsets.UTF_8);
        return new LogLine(offset, text, partial ? null : LogFormats.parse(kind, text), partial);
    }

    private static byte[] concat(byte[] carry, int carryLen, byte[] b, int off, int len) {
        byte[] out = new byte[carryLen + len];
        System.arraycopy(carry, 0, out, 0, carryLen);
        System.arraycopy(b, off, out, carryLen, len);
        return out;
    }

    private byte byteAt(long pos) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, pos);
        return one.get(0);
    }

    private long nextLineStart(long from, long size) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(BLOCK);
        long pos = from;
        while (pos < size) {
            buf.clear();
            int n = channel.read(buf, pos);
            if (n <= 0) {
                break;
            }
            byte[] b = buf.array();
            for (int i = 0; i < n; i++) {
                if (b[i] == '\n') {
                    return pos + i + 1;
                }
            }
            pos += n;
        }
        return size;
    }

    /** Where the {@code maxLines} lines before {@code end} begin, counting line breaks backwards. */
    private long startOfLinesBefore(long end, int maxLines) throws IOException {
        if (end == 0 || maxLines <= 0) {
            return end;
        }
        // The break that ends the last line does not start a line; a partial last line has none.
        long scanEnd = byteAt(end - 1) == '\n' ? end - 1 : end;
        int found = 0;
        ByteBuffer buf = ByteBuffer.allocate(BLOCK);
        long blockEnd = scanEnd;
        while (blockEnd > 0) {
            long blockStart = Math.max(0, blockEnd - BLOCK);
            buf.clear();
            buf.limit((int) (blockEnd - blockStart));
            int n = 0;
            while (buf.hasRemaining()) {
                int r = channel.read(buf, blockStart + n);
                if (r <= 0) {
                    break;
                }
                n += r;
            }
            byte[] b = buf.array();
            for (int i = n - 1; i >= 0; i--) {
                if (b[i] == '\n') {
                    found++;
                    if (found == maxLines) {
                        return blockStart + i + 1;
                    }
                }
            }
            blockEnd = blockStart;
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
