package dev.mailroom.server.admin;

import dev.mailroom.core.api.PathSegments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Routes below {@code /api/v1}: a pattern such as {@code /postoffices/{po}/mailboxes/{mailbox}}
 * per method. A path that matches a pattern under another method only is a 405, a path that
 * matches none a 404; the server answers both, so handlers never see them.
 */
public final class ApiRouter {
    private final List<Route> routes = new ArrayList<>();

    public ApiRouter get(String pattern, ApiHandler handler) {
        return add("GET", pattern, handler, null);
    }

    public ApiRouter post(String pattern, ApiHandler handler) {
        return add("POST", pattern, handler, null);
    }

    public ApiRouter put(String pattern, ApiHandler handler) {
        return add("PUT", pattern, handler, null);
    }

    public ApiRouter delete(String pattern, ApiHandler handler) {
        return add("DELETE", pattern, handler, null);
    }

    /** A {@code GET} that streams server-sent events. */
    public ApiRouter events(String pattern, SseHandler handler) {
        return add("GET", pattern, null, handler);
    }

    private synchronized ApiRouter add(String method, String pattern, ApiHandler handler, SseHandler sse) {
        String[] segments = split(pattern);
        for (Route r : routes) {
            if (r.method.equals(method) && r.samePattern(segments)) {
                throw new IllegalStateException("route registered twice: " + method + " " + pattern);
            }
        }
        routes.add(new Route(method, pattern, segments, handler, sse));
        return this;
    }

    /** Finds the route for a raw (still percent-encoded) path below {@code /api/v1}. */
    synchronized Match match(String method, String rawPath) {
        String[] segments = split(rawPath);
        Set<String> allowed = new TreeSet<>();
        for (Route r : routes) {
            Optional<Map<String, String>> params = r.match(segments);
            if (params.isPresent()) {
                if (r.method.equals(method)) {
                    return new Match(r, params.get(), Set.of());
                }
                allowed.add(r.method);
            }
        }
        return new Match(null, Map.of(), allowed);
    }

    private static String[] split(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? new String[0] : p.split("/", -1);
    }

    /** The result of matching: a route with its decoded parameters, or the methods the path allows. */
    record Match(Route route, Map<String, String> params, Set<String> allowed) {
        boolean found() {
            return route != null;
        }
    }

    static final class Route {
        final String method;
        final String pattern;
        final String[] segments;
        final ApiHandler handler;
        final SseHandler sse;

        Route(String method, String pattern, String[] segments, ApiHandler handler, SseHandler sse) {
            this.method = method;
            this.pattern = pattern;
            this.segments = segments;
            this.handler = handler;
            this.sse = sse;
        }

        boolean samePattern(String[] other) {
            if (other.length != segments.length) {
                return false;
            }
            for (int i = 0; i < other.length; i++) {
                boolean a = isParam(segments[i]);
                boolean b = isParam(other[i]);
                if (a != b || (!a && !segments[i].equals(other[i]))) {
                    return false;
                }
            }
            return true;
        }

        Optional<Map<String, String>> match(String[] raw) {
            if (raw.length != segments.length) {
                return Optional.empty();
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < raw.length; i++) {
                if (isParam(segments[i])) {
                    if (raw[i].isEmpty()) {
                        return Optional.empty();
                    }
                    params.put(segments[i].substring(1, segments[i].length() - 1), PathSegments.decode(raw[i]));
                } else if (!segments[i].equals(raw[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(params);
        }

        private static boolean isParam(String segment) {
            return segment.startsWith("{") && segment.endsWith("}");
        }
    }
}
