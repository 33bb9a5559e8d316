package dev.mailroom.server.admin;

import dev.mailroom.core.api.Page;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code offset}, {@code limit} and {@code filter} of a list request. The filter is a
 * case-insensitive substring of the item's name; {@code total} counts every match.
 */
record Paging(int offset, int limit, String filter) {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    static Paging of(ApiRequest request) {
        int offset = request.intQuery("offset", 0, 0, Integer.MAX_VALUE);
        int limit = request.intQuery("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        String filter = request.query("filter").map(f -> f.strip().toLowerCase(Locale.ROOT)).orElse("");
        return new Paging(offset, limit, filter);
    }

    /** Filters by {@code name}, then maps only the page's items (mapping may cost disk reads). */
    <T, D> Page<D> apply(List<T> all, Function<T, String> name, Function<T, D> toDto) {
        List<T> matching = filter.isEmpty() ? all
                : all.stream().filter(t -> name.apply(t).toLowerCase(Locale.ROOT).contains(filter)).toList();
        int from = (int) Math.min(offset, matching.size());
        int to = (int) Math.min((long) from + limit, matching.size());
        List<D> items = matching.subList(from, to).stream().map(toDto).toList();
        return new Page<>(items, matching.size(), offset, limit);
    }
}
