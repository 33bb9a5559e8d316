package dev.mailroom.core.dns.rbl;

import dev.mailroom.core.smtp.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the blacklists say about one client IP: the decision, every provider's answer, the reply
 * to send when refusing and the lines to log. The SMTP session and the console's Test dialog
 * both get one of these from {@link RblChecker}.
 *
 * @param ip        the client address as text
 * @param decision  pass, mark or deny
 * @param results   one per enabled provider, in the settings' order
 * @param reply     the refusal for a DENY (554 at connect, 550 at RCPT), empty otherwise
 * @param header    the {@code X-Mailroom-RBL} header value for a MARK, empty otherwise
 */
public record RblVerdict(String ip, Decision decision, List<RblProviderResult> results, Optional<Reply> reply,
                         Optional<String> header) {
    /** Name of the header added to a message from a listed client in the mark mode. */
    public static final String HEADER_NAME = "X-Mailroom-RBL";

    public enum Decision {
        /** Nobody lists the client, or only providers with the LOG action, or none answered. */
        PASS,
        /** Accept and add the header. */
        MARK,
        /** Refuse with {@link #reply()}. */
        DENY
    }

    public RblVerdict {
        results = List.copyOf(results);
    }

    /** The first provider that lists the client, in the settings' order. */
    public Optional<RblProviderResult> listedBy() {
        return results.stream().filter(r -> r.outcome() == RblProviderResult.Outcome.LISTED).findFirst();
    }

    /** True if some provider could not answer: the verdict may be too lenient, and that is logged. */
    public boolean incomplete() {
        return results.stream().anyMatch(RblProviderResult::failed);
    }

    /** The debug-log lines: each listing with its code, each failure (fail-open), then the decision. */
    public List<String> logLines() {
        List<String> lines = new ArrayList<>();
        for (RblProviderResult r : results) {
            switch (r.outcome()) {
                case LISTED -> lines.add("RBL: " + ip + " is listed by " + r.provider() + " (" + r.query() + ") with "
                        + String.join(", ", r.answers()) + "; action " + r.action());
                case TIMEOUT, ERROR -> lines.add("RBL: " + r.provider() + " could not be asked about " + ip + " ("
                        + r.query() + "): " + r.detail() + "; not treated as listed (fail-open)");
                case NOT_LISTED -> {
                    // A plain "not listed" is not logged (a line per provider per connection would
                    // drown the log); an answer that is not a listed code is, as it explains a pass.
                    if (!r.answers().isEmpty()) {
                        lines.add("RBL: " + ip + " is in " + r.provider() + " (" + r.query() + ") but " + r.detail());
                    }
                }
            }
        }
        String outcome = switch (decision) {
            case PASS -> "accepted";
            case MARK -> "accepted and marked: " + header.orElse("");
            case DENY -> "refused: " + reply.map(Reply::toString).orElse("");
        };
        lines.add("RBL: " + ip + " checked against " + results.size() + " blacklist(s), " + outcome);
        return lines;
    }
}
