package dev.mailroom.core.logs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The logs of one service ({@code SMTP}, {@code POP}, {@code MTA}): the activity log, its W3C
 * copy and the debug log, under {@code Logging/<SERVICE>/} with a new file each day.
 *
 * <p>Sessions call {@link #activity} and {@link #debug} from any thread. A call only checks
 * the switch, redacts and queues the line; one writer thread per service formats and appends
 * through a buffer and flushes whenever the queue runs empty (these are logs, not mail: no
 * fsync). If the disk is so slow that the queue fills, a caller waits at most
 * {@value #OFFER_WAIT_MILLIS} ms and the line is counted as dropped; the next line written
 * says how many were lost. A session is never held up longer than that by its log.
 *
 * <p>The day of the file is the day of the line's own time, so a line stamped 23:59:59.999
 * lands in that day's file and rollover needs no timer.
 */
public final class ServiceLog implements AutoCloseable {
    static final long OFFER_WAIT_MILLIS = 50;
    private static final int QUEUE_CAPACITY = 65_536;
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ServiceLog.class);

    private final Path dataDir;
    private final String service;
    private final Clock clock;
    private final LogSwitches switches;
    private final BlockingQueue<Entry> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closed;

    /** What the writer thread owns: one open file per kind. */
    private final Map<LogKind, OpenFile> files = new EnumMap<>(LogKind.class);
    private long droppedReported;

    private ServiceLog(Path dataDir, String service, Clock clock, LogSwitches switches) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.service = LogFileNames.checkService(service);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.switches = Objects.requireNonNull(switches, "switches");
        this.writer = new Thread(this::run, "log-writer-" + service);
        this.writer.setDaemon(true);
    }

    /**
     * Starts the writer of one service's logs. {@code service} is the folder and file prefix
     * ({@link LogFileNames#SMTP}, {@link LogFileNames#POP}, {@link LogFileNames#MTA}); the
     * clock stamps debug lines and is what tests move across midnight. Files are created when
     * the first line of a day is written.
     */
    public static ServiceLog open(Path dataDir, String service, Clock clock, LogSwitches switches) {
        ServiceLog log = new ServiceLog(dataDir, service, clock, switches);
        log.writer.start();
        return log;
    }

    public String service() {
        return service;
    }

    /** Now by this log's clock, for the time of an {@link ActivityRecord}. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /**
     * Logs one command and its reply to the activity log and, when switched on, its W3C copy
     * (article 32: the W3C log "is basically a copy of the Activity log"). Passwords and AUTH
     * payloads in the command detail are masked here ({@link Redaction}).
     */
    public void activity(ActivityRecord record) {
        boolean activity = switches.enabled(LogKind.ACTIVITY);
        boolean w3c = switches.enabled(LogKind.W3C);
        if (!activity && !w3c) {
            return;
        }
        ActivityRecord safe = Redaction.apply(record);
        if (activity) {
            enqueue(new Entry(LogKind.ACTIVITY, safe, null));
        }
        if (w3c) {
            enqueue(new Entry(LogKind.W3C, safe, null));
        }
    }

    /**
     * Logs an explanation to the debug log, stamped now: {@code id} is the message or session
     * id (empty for none), {@code text} e.g. {@code ME-I0111: Relay Denied: Failed to meet all
     * relay criteria}. Secrets after PASS/AUTH in the text are masked.
     */
    public void debug(String id, String text) {
        if (!switches.enabled(LogKind.DEBUG)) {
            return;
        }
        enqueue(new Entry(LogKind.DEBUG, new DebugRecord(now(), id, Redaction.text(text)), null));
    }

    /**
     * Waits until every line logged before this call is in the files (not fsynced), for at
     * most {@code timeoutMillis}. For tests and for the API, which reads what was written.
     * Returns false on timeout.
     */
    public boolean flush(long timeoutMillis) {
        if (closed) {
            return true;
        }
        CountDownLatch done = new CountDownLatch(1);
        try {
            if (!queue.offer(new Entry(null, null, done), timeoutMillis, TimeUnit.MILLISECONDS)) {
                return false;
            }
            return done.await(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Lines lost because the disk could not keep up, since this log was opened. */
    public long dropped() {
        return dropped.get();
    }

    /** Writes what is queued, closes the files and stops the writer. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // A marker rather than an interrupt: an interrupt would close a FileChannel mid-write.
            if (queue.offer(STOP, 5, TimeUnit.SECONDS)) {
                writer.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void enqueue(Entry e) {
        if (closed) {
            return;
        }
        try {
            if (!queue.offer(e) && !queue.offer(e, OFFER_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                dropped.incrementAndGet();
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            dropped.incrementAndGet();
        }
    }

    // ---- writer thread ----

    private void run() {
        List<Entry> batch = new ArrayList<>(1024);
        boolean stop = false;
        while (!stop) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue; // nobody interrupts this thread on purpose; STOP ends it
            }
            queue.drainTo(batch, 1023);
            for (Entry e : batch) {
                if (e == STOP) {
                    stop = true;
                } else if (e.flushed != null) {
                    flushAll();
                    e.flushed.countDown();
                } else if (!stop) {
                    write(e);
                }
            }
            batch.clear();
            if (stop || queue.isEmpty()) {
                flushAll();
            }
        }
        for (OpenFile f : files.values()) {
            f.close();
        }
        files.clear();
    }

    private void write(Entry e) {
        LogRecord r = e.record;
        reportDrops(r.time());
        String line = switch (e.kind) {
            case ACTIVITY -> ActivityFormat.encode((ActivityRecord) r);
            case DEBUG -> DebugFormat.encode((DebugRecord) r);
            case W3C -> W3cFormat.encode((ActivityRecord) r);
        };
        OpenFile file = fileFor(e.kind, r.time());
        if (file != null) {
            file.append(line);
        }
    }

    /** Says in the debug log how many lines were lost, once the writer has caught up. */
    private void reportDrops(LocalDateTime at) {
        long now = dropped.get();
        if (now == droppedReported) {
            return;
        }
        if (!switches.enabled(LogKind.DEBUG)) {
            droppedReported = now;
            return;
        }
        long lost = now - droppedReported;
        droppedReported = now;
        OpenFile file = fileFor(LogKind.DEBUG, at);
        if (file != null) {
            file.append(DebugFormat.encode(new DebugRecord(at, "",
                    "Log writer could not keep up with the disk: " + lost + " log lines were not written")));
        }
    }

    private OpenFile fileFor(LogKind kind, LocalDateTime time) {
        LocalDate day = time.toLocalDate();
        OpenFile current = files.get(kind);
        if (current != null && current.day.equals(day)) {
            return current;
        }
        if (current != null) {
            current.flush();
            current.close();
            files.remove(kind);
        }
        Path path = LogFileNames.path(dataDir, service, kind, day);
        try {
            Files.createDirectories(path.getParent());
            FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            OpenFile f = new OpenFile(day, path, ch);
            if (kind == LogKind.W3C && ch.size() == 0) {
                for (String h : W3cFormat.header(time)) {
                    f.append(h);
                }
            }
            files.put(kind, f);
            return f;
        } catch (IOException ex) {
            // Logging must not take the service down: say so once per file attempt and go on.
            LOG.warn("cannot open log file {}: {}", path, ex.toString());
            return null;
        }
    }

    private void flushAll() {
        for (OpenFile f : files.values()) {
            f.flush();
        }
    }

    private record Entry(LogKind kind, LogRecord record, CountDownLatch flushed) {
    }

    private static final Entry STOP = new Entry(null, null, null);

    /** An appended-to log file with its write buffer. */
    private static final class OpenFile {
        final LocalDate day;
        final Path path;
        final FileChannel channel;
        final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
        boolean failed;

        OpenFile(LocalDate day, Path path, FileChannel channel) {
            this.day = day;
            this.path = path;
            this.channel = channel;
        }

        void append(String line) {
            byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
            if (bytes.length > buffer.remaining()) {
                flush();
            }
            if (bytes.length > buffer.capacity()) {
                writeFully(ByteBuffer.wrap(bytes));
            } else {
                buffer.put(bytes);
            }
        }

        void flush() {
            if (buffer.position() == 0) {
                return;
            }
            buffer.flip();
            writeFully(buffer);
            buffer.clear();
        }

        private void writeFully(ByteBuffer b) {
            try {
                while (b.hasRemaining()) {
                    channel.write(b);
                }
                failed = false;
            } catch (IOException ex) {
                if (!failed) {
                    LOG.warn("cannot write log file {}: {}", path, ex.toString());
                }
                failed = true;
                b.position(b.limit());
            }
        }

        void close() {
            try {
                channel.close();
            } catch (IOException ex) {
                LOG.warn("cannot close log file {}: {}", path, ex.toString());
            }
        }
    }
}
