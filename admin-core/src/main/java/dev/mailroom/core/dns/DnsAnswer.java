package dev.mailroom.core.dns;

import java.util.List;

/**
 * What one DNS question got back, reduced to what the checks need.
 *
 * @param status     the kind of answer
 * @param values     the answer records' data as text: addresses for A/AAAA, target names for
 *                   PTR/MX (without the trailing dot), in the order received
 * @param ttlSeconds how long the answer may be reused; 0 for answers that must not be cached
 * @param detail     a short explanation for logs ("NXDOMAIN", "no answer within 2000 ms", ...)
 */
public record DnsAnswer(Status status, List<String> values, long ttlSeconds, String detail) {
    public enum Status {
        /** At least one record of the asked type. */
        FOUND,
        /** NXDOMAIN, or the name exists without records of this type (NODATA). */
        NOT_FOUND,
        /** No answer within the timeout. */
        TIMEOUT,
        /** SERVFAIL, REFUSED, a network error: the server could not say. */
        FAILURE
    }

    public DnsAnswer {
        values = List.copyOf(values);
    }

    /** Found or not found: the DNS gave a definite answer. */
    public boolean definite() {
        return status == Status.FOUND || status == Status.NOT_FOUND;
    }

    public static DnsAnswer timeout(long millis) {
        return new DnsAnswer(Status.TIMEOUT, List.of(), 0, "no answer within " + millis + " ms");
    }

    public static DnsAnswer failure(String detail) {
        return new DnsAnswer(Status.FAILURE, List.of(), 0, detail);
    }
}
