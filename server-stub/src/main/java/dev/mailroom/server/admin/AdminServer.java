package dev.mailroom.server.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mailroom.core.api.ApiError;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.api.ApiJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin API's HTTP endpoint (the JDK's {@code com.sun.net.httpserver}). It does everything
 * that is the same for every route, in this order: bearer token (401), size (413), route (404,
 * 405), media type (415), then the handler, whose exceptions {@link ErrorMapper} turns into the
 * one error shape. Nothing a client sent (bodies, the token) is logged.
 */
public final class AdminServer implements AutoCloseable {
    /** Largest request body accepted. */
    public static final int MAX_BODY = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);

    private final HttpServer http;
    private final ExecutorService executor;
    private final ApiRouter router;
    private final BearerToken token;
    private final ObjectMapper out = ApiJson.mapper();
    private final ObjectMapper in = ApiJson.strictMapper();
    private final Set<SseStream> streams = ConcurrentHashMap.newKeySet();

    private AdminServer(HttpServer http, ExecutorService executor, ApiRouter router, BearerToken token) {
        this.http = http;
        this.executor = executor;
        this.router = router;
        this.token = token;
    }

    /** Binds {@code bind:port} (port 0 = any free port) and starts answering. */
    public static AdminServer start(InetAddress bind, int port, ApiRouter router, BearerToken token)
            throws IOException {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, a client
        // reusing its connection waits for its own delayed ACK (~40 ms) before the body arrives.
        // Read once, when the first HttpServer is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer http = HttpServer.create(new InetSocketAddress(bind, port), 64);
        // core = max: a new thread per request up to 64, so long-lived event streams never leave
        // ordinary requests waiting in the queue; idle threads time out.
        ThreadPoolExecutor executor = new ThreadPoolExecutor(64, 64, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), named("mailroom-admin-"));
        executor.allowCoreThreadTimeOut(true);
        AdminServer server = new AdminServer(http, executor, router, token);
        http.createContext("/", server::handle);
        http.setExecutor(executor);
        http.start();
        return server;
    }

    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** Closes event streams, then stops within {@code seconds}, letting running requests finish. */
    public void stop(int seconds) {
        streams.forEach(SseStream::close);
        http.stop(Math.max(0, seconds));
        executor.shutdown();
        try {
            if (!executor.awaitTermination(seconds, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(2);
    }

    private void handle(HttpExchange exchange) {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String rawPath = exchange.getRequestURI().getRawPath();
        try (exchange) {
            try {
                if (!token.matchesHeader(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"mailroom\"");
                    throw new ApiException(401, new ApiError("unauthorized",
                            "A valid bearer token is required (see admin.token in the data directory)", null));
                }
                if (rawPath == null || !(rawPath.equals(ApiJson.PREFIX) || rawPath.startsWith(ApiJson.PREFIX + "/"))) {
                    throw notFound();
                }
                byte[] body = readBody(exchange);
                String path = rawPath.substring(ApiJson.PREFIX.length());
                ApiRouter.Match match = router.match(method, path);
                if (!match.found()) {
                    if (match.allowed().isEmpty()) {
                        throw notFound();
                    }
                    exchange.getResponseHeaders().set("Allow", String.join(", ", match.allowed()));
                    throw new ApiException(405, new ApiError("method_not_allowed",
                            method + " is not allowed here; allowed: " + String.join(", ", match.allowed()), null));
                }
                if (body.length > 0 && !isJson(exchange.getRequestHeaders())) {
                    throw new ApiException(415, new ApiError("unsupported_media_type",
                            "Request bodies must be JSON (Content-Type: application/json)", null));
                }
                ApiRequest request = new ApiRequest(method, path, match.params(),
                        query(exchange.getRequestURI().getRawQuery()), body, in);
                if (match.route().sse != null) {
                    stream(exchange, match.route().sse, request);
                    return;
                }
                Object result = match.route().handler.handle(request);
                if (result == null) {
                    respond(exchange, 204, null);
                } else if (result instanceof ApiResponse r) {
                    respond(exchange, r.status(), r.body());
                } else {
                    respond(exchange, 200, result);
                }
                LOG.debug("{} {} answered", method, rawPath);
            } catch (Exception e) {
                ApiException failure = ErrorMapper.map(e, method, rawPath);
                LOG.debug("{} {} refused: {} {}", method, rawPath, failure.status(), failure.error().code());
                if (failure.status() == 413 || failure.status() == 401) {
                    // The rest of a refused body is not read; the connection cannot be reused.
                    exchange.getResponseHeaders().set("Connection", "close");
                }
                respond(exchange, failure.status(), new ApiError.Envelope(failure.error()));
            }
        } catch (IOException e) {
            LOG.debug("{} {}: client went away: {}", method, rawPath, e.toString());
        } catch (RuntimeException e) {
            LOG.error("Admin API failed to answer {} {}", method, rawPath, e);
        }
    }

    private static ApiException notFound() {
        return new ApiException(404, new ApiError("not_found", "No such endpoint", null));
    }

    private static boolean isJson(Headers headers) {
        String type = headers.getFirst("Content-Type");
        if (type == null) {
            return false;
        }
        String base = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.equals("application/json") || (base.startsWith("application/") && base.endsWith("+json"));
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > MAX_BODY) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw new ApiException(400, new ApiError("bad_request", "Content-Length is not a number", null));
            }
        }
        try (InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw tooLarge();
            }
            return bytes;
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(413, new ApiError("payload_too_large",
                "Request bodies may be at most " + MAX_BODY + " bytes", null));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                q.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, new ApiError("bad_request", "The query string is not well encoded", null));
            }
        }
        return q;
    }

    private void respond(HttpExchange exchange, int status, Object body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = out.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", ApiJson.CONTENT_TYPE);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(bytes);
        }
    }

    private void stream(HttpExchange exchange, SseHandler handler, ApiRequest request) throws Exception {
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", "text/event-stream; charset=utf-8");
        h.set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        SseStream events = new SseStream(exchange.getResponseBody(), out);
        streams.add(events);
        try {
            events.keepAlive();
            handler.stream(request, events);
        } catch (IOException e) {
            LOG.debug("Event stream {} ended: {}", request.path(), e.toString());
        } finally {
            streams.remove(events);
            events.close();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
