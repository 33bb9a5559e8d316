package dev.mailroom.server.filters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The registered filters in order. The first verdict that is not an {@link FilterVerdict.Accept}
 * decides; the headers of the accepting filters before it are collected, so a message that
 * everyone accepts carries every filter's header.
 */
public final class FilterChain implements AutoCloseable {
    private final List<MessageFilter> filters;

    public FilterChain(List<MessageFilter> filters) {
        this.filters = List.copyOf(filters);
    }

    /** Builds every filter of {@link MessageFilters} with the given context. */
    public static FilterChain open(FilterContext context) {
        return open(context, MessageFilters.factories());
    }

    public static FilterChain open(FilterContext context, List<Function<FilterContext, MessageFilter>> factories) {
        List<MessageFilter> built = new ArrayList<>();
        for (Function<FilterContext, MessageFilter> f : factories) {
            built.add(f.apply(context));
        }
        return new FilterChain(built);
    }

    public FilterVerdict apply(FilteredMessage message) {
        List<String> headers = new ArrayList<>();
        for (MessageFilter f : filters) {
            FilterVerdict v = f.apply(message);
            if (v instanceof FilterVerdict.Accept a) {
                headers.addAll(a.addHeaders());
            } else {
                return v;
            }
        }
        return new FilterVerdict.Accept(headers);
    }

    /** A registered filter by type, for its admin endpoints. */
    public <T extends MessageFilter> Optional<T> find(Class<T> type) {
        return filters.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    @Override
    public void close() {
        for (MessageFilter f : filters) {
            f.close();
        }
    }
}
