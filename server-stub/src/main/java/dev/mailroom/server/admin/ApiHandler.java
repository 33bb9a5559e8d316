package dev.mailroom.server.admin;

/**
 * Answers one route. Returns the object to send as JSON with 200, an {@link ApiResponse} for
 * another status, or null for 204. Throwing is the normal way to refuse: see {@link ErrorMapper}.
 */
@FunctionalInterface
public interface ApiHandler {
    Object handle(ApiRequest request) throws Exception;
}
