package dev.mailroom.server.smtp;

import dev.mailroom.core.smtp.Reply;
import java.util.Optional;

/**
 * The SMTP session's only view of policy: whether a sender is acceptable and what happens to a
 * recipient. Implemented by an adapter over admin-core's pure relay decision, the same function
 * the console's "Test relay…" calls.
 */
public interface RecipientPolicy {
    /** A refusal of the envelope sender (spoofing rules, article 24), or empty. */
    Optional<Reply> checkSender(TransactionFacts facts);

    RecipientDecision decide(TransactionFacts facts, String recipient);
}
