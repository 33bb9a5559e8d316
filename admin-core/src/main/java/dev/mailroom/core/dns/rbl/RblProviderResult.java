package dev.mailroom.core.dns.rbl;

import java.util.List;

/**
 * One provider's answer for one IP, as the debug log and the console's Test dialog show it.
 *
 * @param provider  the provider's name
 * @param query     the name asked, e.g. {@code 2.0.0.127.zen.spamhaus.org}
 * @param outcome   listed, not listed, or no usable answer
 * @param answers   the records received (return codes or PTR names)
 * @param detail    why: "NXDOMAIN", "no answer within 2000 ms", "127.0.0.5 is not a listed code"
 * @param action    what a listing by this provider does
 * @param elapsedMillis how long the answer took (0 when it came from the cache)
 */
public record RblProviderResult(String provider, String query, Outcome outcome, List<String> answers, String detail,
                                RblAction action, long elapsedMillis) {
    public enum Outcome {
        LISTED,
        NOT_LISTED,
        /** No answer in time: fail-open, never a reason to refuse. */
        TIMEOUT,
        /** SERVFAIL, REFUSED, network error: fail-open too. */
        ERROR
    }

    public RblProviderResult {
        answers = List.copyOf(answers);
    }

    public boolean failed() {
        return outcome == Outcome.TIMEOUT || outcome == Outcome.ERROR;
    }
}
