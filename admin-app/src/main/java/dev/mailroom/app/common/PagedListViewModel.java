package dev.mailroom.app.common;

import dev.mailroom.core.api.Page;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A server-side list with a filter: every change of the filter asks the server again (the filter
 * runs there, never over a list loaded whole), answers to an older filter are dropped, and rows
 * are fetched a page at a time as the table paints them.
 */
public final class PagedListViewModel<T> {
    public static final int PAGE_SIZE = 200;

    private final TaskExecutor executor;
    private final PageSource<T> source;
    private final ReadOnlyObjectWrapper<PagedItems<T>> items = new ReadOnlyObjectWrapper<>(this, "items");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    private final java.util.function.Consumer<Throwable> onFailure;
    private long generation;
    private boolean inFlight;
    private boolean pending;
    private long shownGeneration = -1;

    /** @param onFailure also told of every failure (the console shows its banner when the server is gone) */
    public PagedListViewModel(TaskExecutor executor, PageSource<T> source, java.util.function.Consumer<Throwable> onFailure) {
        this.executor = executor;
        this.source = source;
        this.onFailure = onFailure;
        this.items.set(new PagedItems<>(PAGE_SIZE, this::fetchPage, 0, java.util.List.of()));
        filter.addListener((obs, old, now) -> reload());
    }

    /** The rows of the current query; a new list for every query (bind the table's items to it). */
    public PagedItems<T> items() {
        return items.get();
    }

    public ReadOnlyObjectProperty<PagedItems<T>> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** How many items match the filter on the server. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The generation (query number) whose answer the list shows; tests and the benchmark wait on it. */
    public long shownGeneration() {
        return shownGeneration;
    }

    public long currentGeneration() {
        return generation;
    }

    /**
     * Asks the server for the first page again with the current filter. While a query is on its
     * way only the newest one waits to be sent: typing "user4242" sends "u", then whatever the
     * filter is when that answer comes, and so on, never eight queries competing for the server.
     */
    public void reload() {
        generation++;
        loading.set(true);
        if (inFlight) {
            pending = true;
            return;
        }
        send();
    }

    private void send() {
        long gen = generation;
        String f = filter.get() == null ? "" : filter.get().strip();
        inFlight = true;
        executor.execute(() -> source.fetch(0, PAGE_SIZE, f), page -> {
            inFlight = false;
            if (gen == generation) {
                loading.set(false);
                failure.set(null);
                total.set(page.total());
                items.set(new PagedItems<>(PAGE_SIZE, p -> fetchPage(gen, p), (int) Math.min(Integer.MAX_VALUE, page.total()),
                        page.items()));
                shownGeneration = gen;
            }
            sendPending();
        }, e -> {
            inFlight = false;
            if (gen == generation) {
                loading.set(false);
                failure.set(ServerErrors.message(e));
                onFailure.accept(e);
            }
            sendPending();
        });
    }

    private void sendPending() {
        if (pending) {
            pending = false;
            send();
        }
    }

    private void fetchPage(int page) {
        fetchPage(generation, page);
    }

    private void fetchPage(long gen, int page) {
        PagedItems<T> list = items.get();
        String f = filter.get() == null ? "" : filter.get().strip();
        executor.execute(() -> source.fetch(page * PAGE_SIZE, PAGE_SIZE, f), (Page<T> p) -> {
            if (gen == generation) {
                list.fill(page, p.items());
            }
        }, e -> {
            if (gen == generation) {
                list.forget(page);
                failure.set(ServerErrors.message(e));
                onFailure.accept(e);
            }
        });
    }
}
