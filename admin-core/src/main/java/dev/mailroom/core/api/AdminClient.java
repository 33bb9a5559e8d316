package dev.mailroom.core.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.core.model.MailboxType;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The typed client of the admin API, used by the console and the command line. Every method
 * is one HTTP request; a refusal arrives as {@link ApiException} carrying the server's
 * {@link ApiError} (status 0 when the server could not be reached). Thread-safe.
 *
 * <p>Features that add endpoints call {@link #get(String)}, {@link #post(String, Object)},
 * {@link #put(String, Object)}, {@link #delete(String)} or the typed {@link #get(String, Class)}
 * with a path below {@code /api/v1} instead of editing this class.
 */
public final class AdminClient {
    public static final String URL_FILE = "admin.url";
    public static final String TOKEN_FILE = "admin.token";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI apiRoot;
    private final String token;
    private final HttpClient http;
    private final ObjectMapper json = ApiJson.mapper();

    private AdminClient(URI apiRoot, String token) {
        this.apiRoot = apiRoot;
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * A client for the server at {@code baseUrl} (e.g. {@code http://127.0.0.1:8025}, with or
     * without the {@code /api/v1} suffix), authenticating with the bearer {@code token}.
     */
    public static AdminClient connect(URI baseUrl, String token) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String s = baseUrl.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (!s.endsWith(ApiJson.PREFIX)) {
            s = s + ApiJson.PREFIX;
        }
        return new AdminClient(URI.create(s), token == null ? "" : token.strip());
    }

    /**
     * A client for the server running on the data directory, from the {@code admin.url} and
     * {@code admin.token} files it writes at every start.
     *
     * @throws ApiException status 0, code {@code not_running}, when the files are missing
     */
    public static AdminClient forDataDir(Path dataDir) {
        try {
            String url = Files.readString(dataDir.resolve(URL_FILE), StandardCharsets.UTF_8).strip();
            String token = Files.readString(dataDir.resolve(TOKEN_FILE), StandardCharsets.UTF_8).strip();
            return connect(URI.create(url), token);
        } catch (NoSuchFileException e) {
            throw new ApiException(0, new ApiError("not_running",
                    "No Mailroom server is running on " + dataDir + " (" + URL_FILE + " or " + TOKEN_FILE
                            + " is missing); start one with: serve --data " + dataDir, null));
        } catch (IOException e) {
            throw new ApiException(0, new ApiError("not_running",
                    "Cannot read the server's address from " + dataDir + ": " + e.getMessage(), null));
        } catch (IllegalArgumentException e) {
            throw new ApiException(0, new ApiError("not_running",
                    dataDir.resolve(URL_FILE) + " does not hold a valid URL", null));
        }
    }

    /** The API root this client talks to, ending in {@code /api/v1}. */
    public URI apiRoot() {
        return apiRoot;
    }

    // ---- status -------------------------------------------------------------------------

    public StatusDto status() {
        return get("/status", StatusDto.class);
    }

    // ---- post offices -------------------------------------------------------------------

    public Page<PostOfficeDto> listPostOffices(int offset, int limit, String filter) {
        return send("GET", "/postoffices" + query(offset, limit, filter), null,
                new TypeReference<Page<PostOfficeDto>>() { });
    }

    public PostOfficeDto getPostOffice(String postOffice) {
        return get("/postoffices/" + seg(postOffice), PostOfficeDto.class);
    }

    public PostOfficeDto createPostOffice(String name) {
        return send("POST", "/postoffices", new Requests.Create(name), type(PostOfficeDto.class));
    }

    public PostOfficeDto updatePostOffice(String postOffice, Requests.PostOfficeUpdate update) {
        return send("PUT", "/postoffices/" + seg(postOffice), update, type(PostOfficeDto.class));
    }

    /** Deletes the post office with its domains, mailboxes and addresses; says how many went. */
    public Requests.Deletion deletePostOffice(String postOffice) {
        return send("DELETE", "/postoffices/" + seg(postOffice), null, type(Requests.Deletion.class));
    }

    // ---- domains ------------------------------------------------------------------------

    public Page<DomainDto> listDomains(String postOffice, int offset, int limit, String filter) {
        return send("GET", "/postoffices/" + seg(postOffice) + "/domains" + query(offset, limit, filter), null,
                new TypeReference<Page<DomainDto>>() { });
    }

    public DomainDto getDomain(String postOffice, String domain) {
        return get(domainPath(postOffice, domain), DomainDto.class);
    }

    public DomainDto addDomain(String postOffice, String domain) {
        return send("POST", "/postoffices/" + seg(postOffice) + "/domains", new Requests.Create(domain),
                type(DomainDto.class));
    }

    public DomainDto updateDomain(String postOffice, String domain, Requests.DomainUpdate update) {
        return send("PUT", domainPath(postOffice, domain), update, type(DomainDto.class));
    }

    public void removeDomain(String postOffice, String domain) {
        send("DELETE", domainPath(postOffice, domain), null, (JavaType) null);
    }

    // ---- mailboxes ----------------------------------------------------------------------

    public Page<MailboxDto> listMailboxes(String postOffice, int offset, int limit, String filter) {
        return send("GET", "/postoffices/" + seg(postOffice) + "/mailboxes" + query(offset, limit, filter), null,
                new TypeReference<Page<MailboxDto>>() { });
    }

    public MailboxDto getMailbox(String postOffice, String mailbox) {
        return get(mailboxPath(postOffice, mailbox), MailboxDto.class);
    }

    /** Creates a mailbox; {@code quotaKb} 0 means no limit. The password is sent once, never returned. */
    public MailboxDto createMailbox(String postOffice, String name, char[] password, MailboxType type, long quotaKb) {
        Requests.CreateMailbox body = new Requests.CreateMailbox(name, new String(password), type, quotaKb);
        return send("POST", "/postoffices/" + seg(postOffice) + "/mailboxes", body, type(MailboxDto.class));
    }

    public MailboxDto updateMailbox(String postOffice, String mailbox, Requests.MailboxUpdate update) {
        return send("PUT", mailboxPath(postOffice, mailbox), update, type(MailboxDto.class));
    }

    public void deleteMailbox(String postOffice, String mailbox) {
        send("DELETE", mailboxPath(postOffice, mailbox), null, (JavaType) null);
    }

    public void setPassword(String postOffice, String mailbox, char[] password) {
        send("POST", mailboxPath(postOffice, mailbox) + "/password", new Requests.Password(new String(password)),
                (JavaType) null);
    }

    public MailboxDto addAddress(String postOffice, String mailbox, String address) {
        return send("POST", mailboxPath(postOffice, mailbox) + "/addresses", new Requests.Address(address),
                type(MailboxDto.class));
    }

    public MailboxDto removeAddress(String postOffice, String mailbox, String address) {
        return send("DELETE", mailboxPath(postOffice, mailbox) + "/addresses/" + seg(address), null,
                type(MailboxDto.class));
    }

    // ---- settings -----------------------------------------------------------------------

    /** The section's current settings ({@code Config/<section>.json}) as JSON. */
    public JsonNode getSettings(String section) {
        return get("/settings/" + seg(section));
    }

    /** Replaces the section's settings; answers the stored value (defaults filled in). */
    public JsonNode putSettings(String section, JsonNode value) {
        return put("/settings/" + seg(section), value);
    }

    /** Typed read of a section, for features that share their settings record through admin-core. */
    public <T> T getSettings(String section, Class<T> type) {
        return get("/settings/" + seg(section), type);
    }

    public <T> T putSettings(String section, T value) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) value.getClass();
        return send("PUT", "/settings/" + seg(section), value, type(type));
    }

    // ---- raw JSON, for endpoints that features add ----------------------------------------

    /** GET {@code path} (below {@code /api/v1}, e.g. {@code /smtp/queue}); null for 204. */
    public JsonNode get(String path) {
        return send("GET", path, null, type(JsonNode.class));
    }

    public <T> T get(String path, Class<T> type) {
        return send("GET", path, null, type(type));
    }

    public JsonNode post(String path, Object body) {
        return send("POST", path, body, type(JsonNode.class));
    }

    public JsonNode put(String path, Object body) {
        return send("PUT", path, body, type(JsonNode.class));
    }

    public JsonNode delete(String path) {
        return send("DELETE", path, null, type(JsonNode.class));
    }

    /**
     * Opens a streaming endpoint (server-sent events, {@code text/event-stream}). The caller reads
     * and closes the stream; read it with {@link SseReader}. No request timeout applies.
     */
    public InputStream openStream(String path) {
        HttpRequest request = request(path).timeout(Duration.ofDays(365)).header("Accept", "text/event-stream")
                .GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() / 100 != 2) {
                byte[] body;
                try (InputStream in = response.body()) {
                    body = in.readNBytes(64 * 1024);
                }
                throw failure(response.statusCode(), body);
            }
            return response.body();
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, new ApiError("interrupted", "The request was interrupted", null));
        }
    }

    /** Builds a query string, encoding each value; null values are left out. */
    public static String query(Map<String, ?> params) {
        String q = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return q.isEmpty() ? "" : "?" + q;
    }

    /** Encodes one path segment (a post office, mailbox, domain or address name). */
    public static String seg(String value) {
        return PathSegments.encode(Objects.requireNonNull(value, "path segment"));
    }

    // ---- plumbing -----------------------------------------------------------------------

    private static String query(int offset, int limit, String filter) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("offset", offset);
        q.put("limit", limit);
        q.put("filter", filter == null || filter.isEmpty() ? null : filter);
        return query(q);
    }

    private static String domainPath(String postOffice, String domain) {
        return "/postoffices/" + seg(postOffice) + "/domains/" + seg(domain);
    }

    private static String mailboxPath(String postOffice, String mailbox) {
        return "/postoffices/" + seg(postOffice) + "/mailboxes/" + seg(mailbox);
    }

    private JavaType type(Class<?> c) {
        return json.getTypeFactory().constructType(c);
    }

    private <T> T send(String method, String path, Object body, TypeReference<T> type) {
        return send(method, path, body, json.getTypeFactory().constructType(type));
    }

    private HttpRequest.Builder request(String path) {
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        return HttpRequest.newBuilder(URI.create(apiRoot + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private <T> T send(String method, String path, Object body, JavaType type) {
        HttpRequest.BodyPublisher publisher;
        HttpRequest.Builder builder = request(path).timeout(REQUEST_TIMEOUT);
        if (body == null) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else {
            try {
                publisher = HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("request body cannot be written as JSON", e);
            }
            builder.header("Content-Type", ApiJson.CONTENT_TYPE);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(builder.method(method, publisher).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, new ApiError("interrupted", "The request was interrupted", null));
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw failure(status, response.body());
        }
        if (type == null || status == 204 || response.body().length == 0) {
            return null;
        }
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new ApiException(status, new ApiError("bad_response",
                    "The server's answer to " + method + " " + path + " could not be read: " + e.getClass().getSimpleName(),
                    null));
        }
    }

    private ApiException failure(int status, byte[] body) {
        try {
            ApiError.Envelope envelope = json.readValue(body, ApiError.Envelope.class);
            if (envelope != null && envelope.error() != null && envelope.error().code() != null) {
                return new ApiException(status, envelope.error());
            }
        } catch (IOException ignored) {
            // Not our error shape (a proxy, or not a Mailroom server): fall through to a generic one.
        }
        return new ApiException(status, new ApiError("http_" + status, "The server answered HTTP " + status, null));
    }

    private ApiException unreachable(IOException e) {
        String why;
        if (e instanceof HttpConnectTimeoutException) {
            why = "connection timed out";
        } else if (e instanceof HttpTimeoutException) {
            why = "no answer within " + REQUEST_TIMEOUT.toSeconds() + " s";
        } else if (e instanceof ConnectException) {
            why = "connection refused";
        } else {
            why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        return new ApiException(0, new ApiError("unreachable",
                "Cannot reach the Mailroom server at " + apiRoot + " (" + why + ")", null));
    }
}
