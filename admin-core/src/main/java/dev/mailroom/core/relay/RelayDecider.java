package dev.mailroom.core.relay;

/**
 * Anything that answers "what happens to this recipient": {@link RelayPolicy} in memory, or a
 * running server driven over SMTP in end-to-end tests. {@code RelayDeciderContract} (admin-core
 * test-jar) is the behaviour every implementation must show.
 */
@FunctionalInterface
public interface RelayDecider {
    /** MAIL FROM checks, then the RCPT decision, as one client transaction would meet them. */
    RcptDecision decide(RcptFacts facts);
}
