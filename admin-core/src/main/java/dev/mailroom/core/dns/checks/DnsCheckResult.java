package dev.mailroom.core.dns.checks;

import dev.mailroom.core.smtp.Reply;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a sender-domain or PTR check: pass, or the reply to refuse with (5xx when DNS
 * said no, 4xx when DNS did not answer), with the line to log.
 */
public record DnsCheckResult(Outcome outcome, Optional<Reply> reply, String logLine) {
    public enum Outcome {
        PASS,
        /** DNS answered and the answer fails the check: permanent refusal. */
        FAIL,
        /** DNS did not answer in time or failed: temporary refusal, the sender retries. */
        TEMPFAIL
    }

    static DnsCheckResult pass(String log) {
        return new DnsCheckResult(Outcome.PASS, Optional.empty(), log);
    }

    static DnsCheckResult fail(Reply reply, String log) {
        return new DnsCheckResult(Outcome.FAIL, Optional.of(reply), log);
    }

    static DnsCheckResult tempfail(Reply reply, String log) {
        return new DnsCheckResult(Outcome.TEMPFAIL, Optional.of(reply), log);
    }

    public boolean passed() {
        return outcome == Outcome.PASS;
    }

    public List<String> logLines() {
        return List.of(logLine);
    }
}
