package dev.mailroom.core.api;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads server-sent events ({@code text/event-stream}) from a stream opened with
 * {@link AdminClient#openStream(String)}: {@code event:}, {@code id:} and {@code data:} lines,
 * an empty line ends an event, lines starting with {@code :} are keep-alive comments.
 */
public final class SseReader implements Closeable {
    private final BufferedReader in;

    public SseReader(InputStream stream) {
        this.in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    /** The next event, or empty when the server closed the stream. Blocks until one arrives. */
    public Optional<Event> next() throws IOException {
        String name = "message";
        String id = null;
        StringBuilder data = null;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    return Optional.of(new Event(name, id, data.toString()));
                }
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "event" -> name = value;
                case "id" -> id = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                default -> {
                    // Unknown fields are ignored, as the SSE specification says.
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** One event; {@code data} is usually a JSON document. */
    public record Event(String name, String id, String data) {
    }
}
