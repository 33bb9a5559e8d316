package dev.mailroom.server.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The sending side of a server-sent-events stream ({@code text/event-stream}). Each event is
 * written and flushed at once; a client that went away makes {@link #send} throw, which ends
 * the handler. {@link #close()} is called by the admin server when it stops.
 */
public final class SseStream implements AutoCloseable {
    private final OutputStream out;
    private final ObjectMapper json;
    private volatile boolean closed;

    SseStream(OutputStream out, ObjectMapper json) {
        this.out = out;
        this.json = json;
    }

    /** Sends one event whose data is {@code payload} as JSON. */
    public synchronized void send(String event, Object payload) throws IOException {
        String data = json.writeValueAsString(payload);
        StringBuilder sb = new StringBuilder();
        sb.append("event: ").append(event.replaceAll("[\r\n]", "")).append('\n');
        for (String line : data.split("\n", -1)) {
            sb.append("data: ").append(line).append('\n');
        }
        sb.append('\n');
        write(sb.toString());
    }

    /** A comment line; keeps proxies and idle timeouts from closing a quiet stream. */
    public synchronized void keepAlive() throws IOException {
        write(": keep-alive\n\n");
    }

    public boolean isClosed() {
        return closed;
    }

    private void write(String s) throws IOException {
        if (closed) {
            throw new IOException("event stream closed");
        }
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            closed = true;
            throw e;
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // The client already went away; nothing is left to release.
        }
    }
}
