package dev.mailroom.core.logs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;

/**
 * Streams the lines of a log file that match a {@link LogQuery} without loading the file into
 * the heap. When the query names a message id, an address or a text, the file is
 * memory-mapped in 256 MB windows and scanned as bytes for that literal ({@link ByteFinder});
 * only the lines around a hit are copied, decoded and parsed. Other queries read 1 MB blocks
 * (more only for a longer line) and decode each line. A time range starts at a binary-searched offset and stops once
 * the lines are well past its end. The file is read as it is when the search starts.
 */
public final class LogSearch {
    /** Lines can be a little out of time order (threads stamp before they queue). */
    private static final long SLACK_SECONDS = 5;
    private static final int BLOCK = 1024 * 1024;
    /** Window of the file mapped at once for a literal search (address space, not heap). */
    private static final long MAP_WINDOW = 256L * 1024 * 1024;

    /** Receives matches in file order; returns false to stop the search. */
    @FunctionalInterface
    public interface Sink {
        boolean accept(LogLine line) throws IOException;
    }

    private LogSearch() {
    }

    /**
     * Searches {@code file} from byte {@code from}. Returns where the search stopped: the
     * offset after the last line looked at, which is the file size when it ran to the end and
     * where to resume when the sink stopped it.
     */
    public static long search(Path file, LogKind kind, LogQuery query, long from, Sink sink) throws IOException {
        long start = from;
        if (query.from() != null) {
            try (LogFileReader reader = LogFileReader.open(file, kind)) {
                start = Math.max(start, reader.offsetOf(query.from().minusSeconds(SLACK_SECONDS)));
            }
        }
        LocalDateTime stopAfter = query.to() == null ? null : query.to().plusSeconds(SLACK_SECONDS);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Scan scan = new Scan(ch, kind, query, sink, stopAfter);
            long size = ch.size();
            return scan.finder != null ? scan.runMapped(start, size) : scan.run(start, size);
        }
    }

    /** One search's state: the block buffer and where it sits in the file. */
    private static final class Scan {
        private final FileChannel ch;
        private final LogKind kind;
        private final LogQuery query;
        private final Sink sink;
        private final LocalDateTime stopAfter;
        private final ByteFinder finder;
        private byte[] buf = new byte[BLOCK];
        private long bufPos;
        private boolean stopped;
        private long resumeAt;

        Scan(FileChannel ch, LogKind kind, LogQuery query, Sink sink, LocalDateTime stopAfter) {
            this.ch = ch;
            this.kind = kind;
            this.query = query;
            this.sink = sink;
            this.stopAfter = stopAfter;
            String exact = query.literal(kind);
            String folded = query.foldedLiteral(kind);
            this.finder = exact != null ? new ByteFinder(exact, false)
                    : folded != null ? new ByteFinder(folded, true) : null;
        }

        long run(long from, long size) throws IOException {
            bufPos = alignToLineStart(from, size);
            int len = 0;
            while (!stopped) {
                long readAt = bufPos + len;
                boolean eof = readAt >= size;
                if (!eof) {
                    int want = (int) Math.min(buf.length - len, size - readAt);
                    int n = ch.read(ByteBuffer.wrap(buf, len, want), readAt);
                    if (n <= 0) {
                        eof = true;
                    } else {
                        len += n;
                        eof = bufPos + len >= size;
                    }
                }
                int complete = lastLineEnd(len);
                if (complete == 0 && !eof && len == buf.length) {
                    byte[] grown = new byte[buf.length * 2]; // one line longer than the block
                    System.arraycopy(buf, 0, grown, 0, len);
                    buf = grown;
                    continue;
                }
                process(0, complete);
                if (stopped) {
                    return resumeAt;
                }
                if (eof) {
                    if (len > complete) {
                        consider(complete, len, true); // a last line still being written
                    }
                    return stopped ? resumeAt : size;
                }
                System.arraycopy(buf, complete, buf, 0, len - complete);
                bufPos += complete;
                len -= complete;
            }
            return resumeAt;
        }

        /** Offers every candidate line in {@code [p, end)}; {@code end} is just after a line break. */
        private void process(int p, int end) throws IOException {
            if (finder == null) {
                while (p < end && !stopped) {
                    int le = indexOf((byte) '\n', p, end);
                    consider(p, le + 1, false);
                    p = le + 1;
                }
                return;
            }
            while (p < end && !stopped) {
                int hit = finder.find(buf, p, end);
                if (hit < 0) {
                    return;
                }
                int ls = hit;
                while (ls > p && buf[ls - 1] != '\n') {
                    ls--;
                }
                int le = indexOf((byte) '\n', hit, end);
                consider(ls, le + 1, false);
                p = le + 1;
            }
        }

        /** Decodes {@code [start, end)} of the block (with its line break, unless partial) and offers it. */
        private void consider(int start, int end, boolean partial) throws IOException {
            consider(buf, start, end, bufPos + start, partial);
        }

        /** Offers the line in {@code bytes[start, end)} that starts at {@code offset} in the file. */
        private void consider(byte[] bytes, int start, int end, long offset, boolean partial) throws IOException {
            int len = end - start;
            if (!partial && len > 0 && bytes[start + len - 1] == '\n') {
                len--;
            }
            if (len > 0 && bytes[start + len - 1] == '\r') {
                len--;
            }
            String text = new String(bytes, start, len, StandardCharsets.UTF_8);
            LogRecord rec = partial ? null : LogFormats.parse(kind, text);
            LogLine line = new LogLine(offset, text, rec, partial);
            if (stopAfter != null && rec != null && rec.time() != null && rec.time().isAfter(stopAfter)) {
                stopped = true;
                resumeAt = offset;
                return;
            }
            if (query.matches(kind, line) && !sink.accept(line)) {
                stopped = true;
                resumeAt = offset + (end - start);
            }
        }

        /**
         * The literal search over the file memory-mapped in large windows: no copy into the
         * heap, and the skip loop touches only the bytes it looks at. Each window ends at a
         * line break so no line is split; a line longer than a window falls back to the
         * buffered scan.
         */
        long runMapped(long from, long size) throws IOException {
            long pos = alignToLineStart(from, size);
            while (pos < size) {
                long len = Math.min(MAP_WINDOW, size - pos);
                MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, pos, len);
                int n = (int) len;
                boolean last = pos + len >= size;
                int complete = 0;
                for (int i = n - 1; i >= 0; i--) {
                    if (map.get(i) == '\n') {
                        complete = i + 1;
                        break;
                    }
                }
                if (complete == 0 && !last) {
                    return run(pos, size);
                }
                int limit = last ? n : complete;
                int p = 0;
                while (p < limit) {
                    int hit = finder.find(map, p, limit);
                    if (hit < 0) {
                        break;
                    }
                    int ls = hit;
                    while (ls > p && map.get(ls - 1) != '\n') {
                        ls--;
                    }
                    int le = hit;
                    while (le < limit && map.get(le) != '\n') {
                        le++;
                    }
                    boolean partial = le >= limit;
                    int lineEnd = partial ? limit : le + 1;
                    byte[] bytes = new byte[lineEnd - ls];
                    map.get(ls, bytes);
                    consider(bytes, 0, bytes.length, pos + ls, partial);
                    if (stopped) {
                        return resumeAt;
                    }
                    p = lineEnd;
                }
                pos += last ? n : complete;
            }
            return size;
        }

        private int indexOf(byte b, int from, int to) {
            for (int i = from; i < to; i++) {
                if (buf[i] == b) {
                    return i;
                }
            }
            return to - 1;
        }

        private int lastLineEnd(int len) {
            for (int i = len - 1; i >= 0; i--) {
                if (buf[i] == '\n') {
                    return i + 1;
                }
            }
            return 0;
        }

        private long alignToLineStart(long from, long size) throws IOException {
            if (from <= 0) {
                return 0;
            }
            if (from >= size) {
                return size;
            }
            ByteBuffer one = ByteBuffer.allocate(1);
            ch.read(one, from - 1);
            if (one.get(0) == '\n') {
                return from;
            }
            long pos = from;
            ByteBuffer b = ByteBuffer.allocate(8192);
            while (pos < size) {
                b.clear();
                int n = ch.read(b, pos);
                if (n <= 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    if (b.get(i) == '\n') {
                        return pos + i + 1;
                    }
                }
                pos += n;
            }
            return size;
        }
    }
}
