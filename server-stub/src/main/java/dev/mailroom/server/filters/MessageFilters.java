package dev.mailroom.server.filters;

import dev.mailroom.server.filters.antivirus.Antivirus;
import java.util.List;
import java.util.function.Function;

/**
 * The one place a message filter is registered, in the order a message passes them. Adding a
 * filter (the DNS blacklist "mark", the message filter's rules) is one line here.
 */
public final class MessageFilters {
    private MessageFilters() {
    }

    public static List<Function<FilterContext, MessageFilter>> factories() {
        return List.of(
                Antivirus::new
        );
    }
}
