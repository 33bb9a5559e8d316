package dev.mailroom.core.logs;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One line of a debug log: when, which message or session it concerns (may be empty), and the
 * explanation, e.g. {@code ME-I0111: Relay Denied: Failed to meet all relay criteria}.
 */
public record DebugRecord(LocalDateTime time, String id, String text) implements LogRecord {
    public DebugRecord {
        Objects.requireNonNull(time, "time");
        id = id == null ? "" : id;
        text = text == null ? "" : text;
    }

    @Override
    public String messageId() {
        return id;
    }

    /** The knowledge-base code the line starts with ({@code ME-I0111}), or null. */
    public DebugCode code() {
        return DebugCode.of(text);
    }
}
