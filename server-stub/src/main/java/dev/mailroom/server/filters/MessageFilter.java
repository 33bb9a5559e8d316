package dev.mailroom.server.filters;

/**
 * A filter every accepted message passes through after DATA and before it reaches a mailbox or
 * the outbound queue (Servers > localhost > Filters). The SMTP session answers the client with
 * what the verdict says, so a refusal never turns into a bounce (backscatter, article 12).
 */
public interface MessageFilter {
    /** Name shown in logs and the console, e.g. {@code Antivirus}. */
    String name();

    FilterVerdict apply(FilteredMessage message);
}
