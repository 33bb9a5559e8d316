package dev.mailroom.app.mta;

import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.core.mta.MtaClient;
import dev.mailroom.core.mta.MtaQueueDto;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The queue view's state: the filter, the rows the server returned for it, the counts over the
 * whole queue, and the three actions. Every call goes through the executor (never on the FX thread).
 */
public final class MtaQueueViewModel {
    private final TaskExecutor executor;
    private final Supplier<MtaClient> client;
    private final ObservableList<MtaQueueDto.Item> rows = FXCollections.observableArrayList();
    private final StringProperty domainFilter = new SimpleStringProperty("");
    private final StringProperty senderFilter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public MtaQueueViewModel(TaskExecutor executor, Supplier<MtaClient> client) {
        this.executor = executor;
        this.client = client;
    }

    public ObservableList<MtaQueueDto.Item> rows() {
        return rows;
    }

    public StringProperty domainFilter() {
        return domainFilter;
    }

    public StringProperty senderFilter() {
        return senderFilter;
    }

    /** "3 queued · 2 retrying · 1 being delivered · showing 3". */
    public ReadOnlyStringProperty counts() {
        return counts.getReadOnlyProperty();
    }

    /** The last failure of a refresh or an action, empty after a success. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public void refresh() {
        String domain = domainFilter.get();
        String sender = senderFilter.get();
        executor.execute(() -> client.get().queue(domain, sender), this::show, this::fail);
    }

    public void retryNow(String id) {
        act(c -> c.retryNow(id));
    }

    public void delete(String id) {
        act(c -> c.delete(id));
    }

    public void bounce(String id) {
        act(c -> c.bounce(id));
    }

    private void act(Consumer<MtaClient> action) {
        executor.execute(() -> {
            action.accept(client.get());
            return Boolean.TRUE;
        }, ok -> refresh(), this::fail);
    }

    private void show(MtaQueueDto q) {
        rows.setAll(q.messages());
        counts.set(q.total() + " queued · " + q.retrying() + " retrying · " + q.active() + " being delivered · showing "
                + q.messages().size());
        error.set("");
    }

    private void fail(Throwable t) {
        error.set(t.getMessage() == null ? t.toString() : t.getMessage());
    }

    /** "2 h 5 min", "40 s": an age or a wait as the Queue view shows it. */
    public static String duration(long seconds) {
        Duration d = Duration.ofSeconds(Math.max(0, seconds));
        if (d.toDays() > 0) {
            return d.toDays() + " d " + d.toHoursPart() + " h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        if (d.toMinutes() > 0) {
            return d.toMinutes() + " min";
        }
        return d.toSeconds() + " s";
    }

    /** The recipients cell: the first two and how many more. */
    public static String recipients(List<String> rcpts) {
        if (rcpts.size() <= 2) {
            return String.join(", ", rcpts);
        }
        return rcpts.get(0) + ", " + rcpts.get(1) + " (+" + (rcpts.size() - 2) + ")";
    }
}
