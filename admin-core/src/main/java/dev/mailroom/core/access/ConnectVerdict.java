package dev.mailroom.core.access;

import dev.mailroom.core.smtp.Reply;
import java.util.Optional;

/**
 * Whether a client may talk to the connector at all, with the debug-log line that says why.
 *
 * @param reply the refusal to send instead of the greeting; empty when allowed
 */
public record ConnectVerdict(boolean allowed, Optional<Reply> reply, String logLine) {
    public ConnectVerdict {
        reply = reply == null ? Optional.empty() : reply;
        if (allowed == reply.isPresent()) {
            throw new IllegalArgumentException("a refusal carries a reply, an acceptance none");
        }
    }
}
