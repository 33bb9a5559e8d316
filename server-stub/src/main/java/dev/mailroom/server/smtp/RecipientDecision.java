package dev.mailroom.server.smtp;

import dev.mailroom.core.smtp.Reply;
import java.util.List;
import java.util.Optional;

/**
 * The answer to one RCPT: either a refusal (the exact reply) or where the copy goes, with the
 * debug-log lines that explain it (article 10's wording, article 20's codes).
 */
public record RecipientDecision(Optional<Reply> refusal, Optional<RecipientRoute> route, List<String> debugLines) {
    public RecipientDecision {
        if (refusal.isPresent() == route.isPresent()) {
            throw new IllegalArgumentException("a decision either refuses or routes");
        }
        debugLines = List.copyOf(debugLines);
    }
}
