package dev.mailroom.core.api;

import java.util.List;

/**
 * One page of a list. {@code total} counts every item that matches the filter, so a table can
 * size its scroll bar without fetching everything.
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
