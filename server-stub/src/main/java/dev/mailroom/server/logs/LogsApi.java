package dev.mailroom.server.logs;

import dev.mailroom.core.api.ApiError;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.logs.LogDirectory;
import dev.mailroom.core.logs.LogFileDto;
import dev.mailroom.core.logs.LogFileNames;
import dev.mailroom.core.logs.LogFileReader;
import dev.mailroom.core.logs.LogFollower;
import dev.mailroom.core.logs.LogKind;
import dev.mailroom.core.logs.LogLine;
import dev.mailroom.core.logs.LogLineDto;
import dev.mailroom.core.logs.LogPage;
import dev.mailroom.core.logs.LogPageDto;
import dev.mailroom.core.logs.LogQuery;
import dev.mailroom.core.logs.LogQueryParams;
import dev.mailroom.core.logs.LogSearch;
import dev.mailroom.core.logs.MessageTrace;
import dev.mailroom.core.logs.TracedLine;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.server.admin.AdminContext;
import dev.mailroom.server.admin.ApiModule;
import dev.mailroom.server.admin.ApiRequest;
import dev.mailroom.server.admin.ApiRouter;
import dev.mailroom.server.admin.SseHandler;
import dev.mailroom.server.admin.SseStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The log viewer's endpoints. Files are only ever opened read-only; nothing is loaded whole.
 * <pre>
 * GET /logs/files?service=SMTP                          files per service and day
 * GET /logs/files/{service}/{kind}/{day}/lines?from=|before=&amp;count=   a page by byte offset
 * GET /logs/files/{service}/{kind}/{day}/offset?time=   where a time starts (jump to time)
 * GET /logs/tail/{service}/{kind}?lines=&amp;day=           SSE: last lines, then new ones, across midnight
 * GET /logs/search?service=&amp;kind=&amp;day=&amp;limit=&amp;text=&amp;regex=&amp;from=&amp;to=&amp;ip=&amp;messageId=&amp;responseClass=
 *                                                        SSE: matches in batches, then "done"
 * GET /logs/trace/{messageId}?day=                      a message across SMTP, POP and MTA logs
 * </pre>
 */
public final class LogsApi implements ApiModule {
    static final int MAX_PAGE = 5_000;
    static final int MAX_SEARCH_RESULTS = 1_000_000;
    private static final int BATCH = 500;
    private static final long BATCH_MILLIS = 250;
    private static final long POLL_MILLIS = 200;
    private static final long KEEPALIVE_MILLIS = 5_000;

    private final LogDirectory logs;
    private final Clock clock;

    public LogsApi(AdminContext context) {
        this(new LogDirectory(context.server().dataDir()), context.server().clock());
    }

    LogsApi(LogDirectory logs, Clock clock) {
        this.logs = logs;
        this.clock = clock;
    }

    @Override
    public void register(ApiRouter router) {
        router.get("/logs/files", this::files);
        router.get("/logs/files/{service}/{kind}/{day}/lines", this::lines);
        router.get("/logs/files/{service}/{kind}/{day}/offset", this::offset);
        router.events("/logs/tail/{service}/{kind}", refusingAsEvent(this::tail));
        router.events("/logs/search", refusingAsEvent(this::search));
        router.get("/logs/trace/{messageId}", this::trace);
    }

    /**
     * An event stream has already answered 200 when its handler runs, so a bad parameter is
     * sent as an {@code error} event with the API's error shape, and the stream ends.
     */
    private static SseHandler refusingAsEvent(SseHandler handler) {
        return (request, events) -> {
            try {
                handler.stream(request, events);
            } catch (InvalidValueException e) {
                events.send("error", new ApiError.Envelope(new ApiError("invalid_value", e.getMessage(), e.field())));
            }
        };
    }

    private List<LogFileDto> files(ApiRequest r) throws IOException {
        List<String> services = r.query("service").filter(s -> !s.isBlank())
                .map(s -> List.of(LogParams.service(s))).orElse(LogFileNames.SERVICES);
        List<LogFileDto> out = new ArrayList<>();
        for (String s : services) {
            logs.list(s).forEach(f -> out.add(LogFileDto.of(f)));
        }
        return out;
    }

    private LogPageDto lines(ApiRequest r) throws IOException {
        String service = LogParams.service(r.param("service"));
        LogKind kind = LogParams.kind(r.param("kind"));
        LocalDate day = LogParams.day(r.param("day"));
        int count = r.intQuery("count", 200, 1, MAX_PAGE);
        long from = LogParams.offset(r, "from");
        long before = LogParams.offset(r, "before");
        if (from >= 0 && before >= 0) {
            throw new InvalidValueException("before", "give from or before, not both");
        }
        try (LogFileReader reader = LogFileReader.open(existing(service, kind, day), kind)) {
            LogPage page = before >= 0 ? reader.backward(before, count)
                    : from >= 0 ? reader.forward(from, count) : reader.tail(count);
            List<LogLineDto> lines = page.lines().stream().map(l -> LogLineDto.of(service, kind, day, l)).toList();
            return new LogPageDto(lines, page.start(), page.end(), page.fileSize(), page.atEnd());
        }
    }

    private Map<String, Long> offset(ApiRequest r) throws IOException {
        String service = LogParams.service(r.param("service"));
        LogKind kind = LogParams.kind(r.param("kind"));
        LocalDate day = LogParams.day(r.param("day"));
        String t = r.query("time").orElseThrow(() -> new InvalidValueException("time", "time is required"));
        LocalDateTime time;
        try {
            time = LocalDateTime.parse(t.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("time", "time must be a local time like 2026-11-26T10:00:00");
        }
        try (LogFileReader reader = LogFileReader.open(existing(service, kind, day), kind)) {
            return Map.of("offset", reader.offsetOf(time));
        }
    }

    private void tail(ApiRequest r, SseStream events) throws IOException {
        String service = LogParams.service(r.param("service"));
        LogKind kind = LogParams.kind(r.param("kind"));
        LocalDate day = LogParams.dayOrToday(r, clock);
        int lines = r.intQuery("lines", 200, 0, MAX_PAGE);
        LogFollower.StartedFollower started = LogFollower.startAtTail(logs, service, kind, day, lines);
        sendBatch(events, service, kind, started.initial());
        LogFollower follower = started.follower();
        long lastSent = System.nanoTime();
        while (!events.isClosed()) {
            LogFollower.Batch batch = follower.poll();
            if (!batch.lines().isEmpty()) {
                sendBatch(events, service, kind, batch);
                lastSent = System.nanoTime();
                continue;
            }
            if (System.nanoTime() - lastSent > TimeUnit.MILLISECONDS.toNanos(KEEPALIVE_MILLIS)) {
                events.keepAlive(); // throws once the client has gone, which ends this stream
                lastSent = System.nanoTime();
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
            if (Thread.interrupted()) {
                return;
            }
        }
    }

    private static void sendBatch(SseStream events, String service, LogKind kind, LogFollower.Batch batch)
            throws IOException {
        List<LogLineDto> dtos = batch.lines().stream().map(l -> LogLineDto.of(service, kind, batch.day(), l)).toList();
        for (int i = 0; i < dtos.size(); i += BATCH) {
            events.send("lines", Map.of("day", batch.day(), "lines", dtos.subList(i, Math.min(dtos.size(), i + BATCH))));
        }
        if (dtos.isEmpty()) {
            events.send("lines", Map.of("day", batch.day(), "lines", List.of()));
        }
    }

    private void search(ApiRequest r, SseStream events) throws IOException {
        LogQuery query = LogQueryParams.fromParams(name -> r.query(name).orElse(null));
        List<String> services = r.query("service").filter(s -> !s.isBlank())
                .map(s -> List.of(LogParams.service(s))).orElse(LogFileNames.SERVICES);
        List<LogKind> kinds = r.query("kind").filter(s -> !s.isBlank())
                .map(s -> List.of(LogParams.kind(s))).orElse(List.of(LogKind.ACTIVITY, LogKind.DEBUG));
        LocalDate day = LogParams.dayOrToday(r, clock);
        int limit = r.intQuery("limit", 10_000, 1, MAX_SEARCH_RESULTS);
        SearchBatcher out = new SearchBatcher(events, limit);
        for (String service : services) {
            for (LogKind kind : kinds) {
                Path p = logs.path(service, kind, day);
                if (!Files.exists(p) || out.full()) {
                    continue;
                }
                long size = Files.size(p);
                long end = LogSearch.search(p, kind, query, 0, line -> out.add(LogLineDto.of(service, kind, day, line)));
                out.scanned(Math.min(end, size));
            }
        }
        out.finish();
    }

    /** Sends matches in batches so a million hits are not a million events. */
    private static final class SearchBatcher {
        private final SseStream events;
        private final int limit;
        private final List<LogLineDto> pending = new ArrayList<>();
        private long count;
        private long scannedBytes;
        private long lastSend = System.nanoTime();

        SearchBatcher(SseStream events, int limit) {
            this.events = events;
            this.limit = limit;
        }

        boolean full() {
            return count >= limit;
        }

        boolean add(LogLineDto line) throws IOException {
            pending.add(line);
            count++;
            if (pending.size() >= BATCH || System.nanoTime() - lastSend > TimeUnit.MILLISECONDS.toNanos(BATCH_MILLIS)) {
                flush();
            }
            return count < limit;
        }

        void scanned(long bytes) {
            scannedBytes += bytes;
        }

        void flush() throws IOException {
            if (!pending.isEmpty()) {
                events.send("matches", Map.of("lines", List.copyOf(pending)));
                pending.clear();
            }
            lastSend = System.nanoTime();
        }

        void finish() throws IOException {
            flush();
            events.send("done", Map.of("count", count, "truncated", count >= limit, "scannedBytes", scannedBytes));
        }
    }

    private List<LogLineDto> trace(ApiRequest r) throws IOException {
        String id = r.param("messageId").strip();
        if (id.isEmpty()) {
            throw new InvalidValueException("messageId", "a message id is required");
        }
        LocalDate day = LogParams.dayOrToday(r, clock);
        List<TracedLine> lines = MessageTrace.trace(logs, id, day);
        return lines.stream().map(t -> LogLineDto.of(t.service(), t.kind(), t.day(), t.line())).toList();
    }

    private Path existing(String service, LogKind kind, LocalDate day) {
        Path p = logs.path(service, kind, day);
        if (!Files.isRegularFile(p)) {
            throw new ApiException(404, new ApiError("not_found",
                    "There is no " + service + " " + kind.label() + " log for " + day, null));
        }
        return p;
    }
}
