package dev.mailroom.core.dns.rbl;

import java.util.List;

/**
 * The answer to an {@link RblTestRequest}: the verdict in a JSON-friendly shape.
 *
 * @param ip        the address looked up
 * @param decision  PASS, MARK or DENY, as the SMTP server would decide in the settings' mode
 * @param reply     the refusal line the client would get, or null
 * @param header    the header an accepted message would get, or null
 * @param results   every provider's answer
 * @param log       the debug-log lines the server would write
 */
public record RblTestReport(String ip, RblVerdict.Decision decision, String reply, String header,
                            List<RblProviderResult> results, List<String> log) {
    public RblTestReport {
        results = results == null ? List.of() : List.copyOf(results);
        log = log == null ? List.of() : List.copyOf(log);
    }

    public static RblTestReport of(RblVerdict v) {
        return new RblTestReport(v.ip(), v.decision(), v.reply().map(Object::toString).orElse(null),
                v.header().map(h -> RblVerdict.HEADER_NAME + ": " + h).orElse(null), v.results(), v.logLines());
    }

    /** True when some list names the address, whatever the action. */
    public boolean listedAnywhere() {
        return results.stream().anyMatch(r -> r.outcome() == RblProviderResult.Outcome.LISTED);
    }
}
