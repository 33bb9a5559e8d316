package dev.mailroom.server.admin;

/**
 * Serves a server-sent-events stream. Runs on its own thread for as long as it likes; return
 * (or let {@link SseStream#send} throw because the client left) to end the stream.
 */
@FunctionalInterface
public interface SseHandler {
    void stream(ApiRequest request, SseStream events) throws Exception;
}
