package dev.mailroom.core.relay;

import dev.mailroom.core.smtp.Reply;
import java.util.List;

/** The answer to {@code MAIL FROM}: accepted or refused with its reply, and the log lines. */
public record SenderDecision(boolean accepted, Reply reply, List<String> log) {
    public SenderDecision {
        log = log == null ? List.of() : List.copyOf(log);
        if (accepted != reply.isPositive()) {
            throw new IllegalArgumentException("a refusal carries a failure reply, an acceptance a positive one");
        }
    }
}
