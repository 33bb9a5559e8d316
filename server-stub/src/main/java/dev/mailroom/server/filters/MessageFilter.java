package dev.mailroom.server.filters;

/**
 * A filter every accepted message passes through after DATA and before it reaches a mailbox or
 * the outbound queue (Servers > localhost > Filters). The SMTP session answers the client with
 * what the verdict says, so a refusal never turns into a bounce (backscatter, article 12).
 * Filters are listed in {@link MessageFilters}; one that is switched off answers
 * {@link FilterVerdict.Accept#plain()}.
 */
public interface MessageFilter extends AutoCloseable {
    /** Name shown in logs and the console, e.g. {@code Antivirus}. */
    String name();

    /** Never throws: a filter that cannot decide says so with a verdict. */
    FilterVerdict apply(FilteredMessage message);

    /** Releases what the filter holds (connections, threads) when its service stops. */
    @Override
    default void close() {
    }
}
