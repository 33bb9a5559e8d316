package dev.mailroom.app.common;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.collections.ObservableListBase;

/**
 * A list as long as the server's total whose elements arrive page by page. A virtualised
 * {@code TableView} asks only for the rows it paints; asking for a row of a page not yet here
 * returns null (an empty row) and requests that page, and the rows fill in when it arrives. So
 * opening a list of 100,000 mailboxes costs one page, never the whole list. A new filter makes a
 * new list rather than changing this one: a table told "100,000 rows removed" spends a second
 * on its bookkeeping, a table given a new list does not.
 */
public final class PagedItems<T> extends ObservableListBase<T> {
    private final int pageSize;
    private final IntConsumer requestPage;
    private final Map<Integer, List<T>> pages = new HashMap<>();
    private final Set<Integer> requested = new HashSet<>();
    private int size;

    /**
     * A list of {@code total} items whose first page is here.
     *
     * @param requestPage asked (once per page) to fetch the page with that number
     */
    PagedItems(int pageSize, IntConsumer requestPage, int total, List<T> firstPage) {
        this.pageSize = pageSize;
        this.requestPage = requestPage;
        this.size = total;
        pages.put(0, List.copyOf(firstPage));
        requested.add(0);
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        int page = index / pageSize;
        List<T> items = pages.get(page);
        if (items == null) {
            if (requested.add(page)) {
                requestPage.accept(page);
            }
            items = pages.get(page);
        }
        int at = index % pageSize;
        return items == null || at >= items.size() ? null : items.get(at);
    }

    @Override
    public int size() {
        return size;
    }

    /** Whether the row's page has arrived. */
    public boolean isLoaded(int index) {
        return pages.containsKey(index / pageSize);
    }

    /** A page arrived: its rows are repainted. */
    void fill(int page, List<T> items) {
        pages.put(page, List.copyOf(items));
        int from = page * pageSize;
        int to = Math.min(size, from + items.size());
        if (from >= to) {
            return;
        }
        beginChange();
        for (int i = from; i < to; i++) {
            nextSet(i, null);
        }
        endChange();
    }

    /** Forgets a page that failed so that it is asked for again when painted. */
    void forget(int page) {
        requested.remove(page);
    }
}
