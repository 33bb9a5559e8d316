package dev.mailroom.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.core.api.ApiError;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.model.InvalidValueException;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * One authenticated request as a handler sees it: path parameters (already percent-decoded),
 * query parameters and the JSON body, read with the strict mapper so a misspelt field is refused.
 */
public final class ApiRequest {
    private final String method;
    private final String path;
    private final Map<String, String> pathParams;
    private final Map<String, String> query;
    private final byte[] body;
    private final ObjectMapper json;

    ApiRequest(String method, String path, Map<String, String> pathParams, Map<String, String> query, byte[] body,
               ObjectMapper json) {
        this.method = method;
        this.path = path;
        this.pathParams = Map.copyOf(pathParams);
        this.query = Map.copyOf(query);
        this.body = body;
        this.json = json;
    }

    public String method() {
        return method;
    }

    /** The path below {@code /api/v1}. */
    public String path() {
        return path;
    }

    /** A {@code {name}} segment of the route's pattern, decoded. */
    public String param(String name) {
        String v = pathParams.get(name);
        if (v == null) {
            throw new IllegalStateException("route has no parameter {" + name + "}");
        }
        return v;
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /** An integer query parameter within bounds; anything else is a 400 naming the parameter. */
    public int intQuery(String name, int defaultValue, int min, int max) {
        String raw = query.get(name);
        if (raw == null || raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v < min || v > max) {
                throw new InvalidValueException(name, name + " must be between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, name + " must be a whole number");
        }
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    /** The body mapped to {@code type}; a missing body is a 400, a body that does not fit a 400/422. */
    public <T> T body(Class<T> type) throws IOException {
        requireBody();
        return json.readValue(body, type);
    }

    /** The raw body; a missing body is a 400. */
    public byte[] bodyBytes() {
        requireBody();
        return body.clone();
    }

    public JsonNode bodyTree() throws IOException {
        requireBody();
        return json.readTree(body);
    }

    /** The mapper requests are read with, for handlers that convert a tree themselves. */
    public ObjectMapper json() {
        return json;
    }

    private void requireBody() {
        if (body.length == 0) {
            throw new ApiException(400, new ApiError("missing_body", "This request needs a JSON body", null));
        }
    }
}
