package dev.mailroom.core.logs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.ApiError;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.api.ApiJson;
import dev.mailroom.core.api.SseReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The log endpoints of the admin API, for the console and scripts (see the server's
 * {@code LogsApi} for the routes). Lines arrive raw and are parsed here with the same
 * {@link LogFormats} the server wrote them with.
 */
public final class LogsClient {
    private static final TypeReference<List<LogFileDto>> FILES = new TypeReference<>() { };
    private static final TypeReference<List<LogLineDto>> LINES = new TypeReference<>() { };

    private final AdminClient api;
    private final ObjectMapper json = ApiJson.mapper();

    public LogsClient(AdminClient api) {
        this.api = api;
    }

    /** The log files of one service ({@code null}: all), newest day first. */
    public List<LogFileDto> files(String service) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("service", service);
        return json.convertValue(api.get("/logs/files" + AdminClient.query(q)), FILES);
    }

    /** The last {@code count} lines of a day's log. */
    public LogPageDto tail(String service, LogKind kind, LocalDate day, int count) {
        return page(service, kind, day, null, null, count);
    }

    public LogPageDto forward(String service, LogKind kind, LocalDate day, long from, int count) {
        return page(service, kind, day, from, null, count);
    }

    public LogPageDto backward(String service, LogKind kind, LocalDate day, long before, int count) {
        return page(service, kind, day, null, before, count);
    }

    /** The byte offset of the first line at or after {@code time} (jump to time). */
    public long offsetOf(String service, LogKind kind, LocalDate day, LocalDateTime time) {
        JsonNode n = api.get(filePath(service, kind, day) + "/offset" + AdminClient.query(Map.of("time", time)));
        return n.get("offset").asLong();
    }

    /** Every line of a message across the SMTP, POP and MTA logs, in time order. */
    public List<LogLineDto> trace(String messageId, LocalDate day) {
        return json.convertValue(api.get("/logs/trace/" + AdminClient.seg(messageId)
                + AdminClient.query(Map.of("day", day))), LINES);
    }

    /** The end of a search: how many matches, whether the limit cut it, bytes looked at. */
    public record SearchDone(long count, boolean truncated, long scannedBytes) {
    }

    /**
     * Streams the matches of {@code query} in the logs of {@code day} ({@code service} and
     * {@code kind} null: all services, activity and debug) to {@code onBatch} as they are found.
     */
    public SearchDone search(LogQuery query, String service, LogKind kind, LocalDate day, int limit,
                             Consumer<List<LogLineDto>> onBatch) {
        Map<String, Object> q = new LinkedHashMap<>(LogQueryParams.toParams(query));
        q.put("service", service);
        q.put("kind", kind == null ? null : kind.label());
        q.put("day", day);
        q.put("limit", limit);
        try (SseReader events = new SseReader(api.openStream("/logs/search" + AdminClient.query(q)))) {
            while (true) {
                Optional<SseReader.Event> e = events.next();
                if (e.isEmpty()) {
                    throw new IOException("the server ended the search without its result");
                }
                JsonNode data = json.readTree(e.get().data());
                if (e.get().name().equals("matches")) {
                    onBatch.accept(json.convertValue(data.get("lines"), LINES));
                } else if (e.get().name().equals("error")) {
                    throw refusal(data);
                } else if (e.get().name().equals("done")) {
                    return new SearchDone(data.get("count").asLong(), data.get("truncated").asBoolean(),
                            data.get("scannedBytes").asLong());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Follows a log: the last {@code lines} lines, then new ones as they are written, into the
     * next day's file at midnight. Read batches with {@link Follow#next()} on a thread of your
     * own; {@link Follow#close()} ends it.
     */
    public Follow follow(String service, LogKind kind, LocalDate day, int lines) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("day", day);
        q.put("lines", lines);
        InputStream stream = api.openStream("/logs/tail/" + AdminClient.seg(service) + "/"
                + AdminClient.seg(kind.label()) + AdminClient.query(q));
        return new Follow(stream, new SseReader(stream), json);
    }

    /** An open tail. */
    public static final class Follow implements Closeable {
        private final InputStream stream;
        private final SseReader events;
        private final ObjectMapper json;

        Follow(InputStream stream, SseReader events, ObjectMapper json) {
            this.stream = stream;
            this.events = events;
            this.json = json;
        }

        /** The next batch of lines (possibly empty), or empty when the stream ended. Blocks. */
        public Optional<List<LogLineDto>> next() throws IOException {
            while (true) {
                Optional<SseReader.Event> e = events.next();
                if (e.isEmpty()) {
                    return Optional.empty();
                }
                if (e.get().name().equals("lines")) {
                    return Optional.of(json.convertValue(json.readTree(e.get().data()).get("lines"), LINES));
                }
                if (e.get().name().equals("error")) {
                    throw refusal(json.readTree(e.get().data()));
                }
            }
        }

        /**
         * Ends the tail; may be called from any thread while another waits in {@link #next()},
         * which then returns. Closes the HTTP stream itself: closing the reader would wait for
         * the lock the blocked {@code next()} holds.
         */
        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    /** An {@code error} event (a bad parameter of a stream) as the exception a 400 would give. */
    private static ApiException refusal(JsonNode data) {
        JsonNode e = data.get("error");
        return new ApiException(400, new ApiError(e.path("code").asText("invalid_value"), e.path("message").asText(""),
                e.hasNonNull("field") ? e.get("field").asText() : null));
    }

    private LogPageDto page(String service, LogKind kind, LocalDate day, Long from, Long before, int count) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("from", from);
        q.put("before", before);
        q.put("count", count);
        return api.get(filePath(service, kind, day) + "/lines" + AdminClient.query(q), LogPageDto.class);
    }

    private static String filePath(String service, LogKind kind, LocalDate day) {
        return "/logs/files/" + AdminClient.seg(service) + "/" + AdminClient.seg(kind.label()) + "/" + day;
    }
}
