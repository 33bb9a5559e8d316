package dev.mailroom.app.server;

import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.StatusDto;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The localhost summary: version, uptime, and every service's listeners with their state. */
public final class LocalhostViewModel {
    private final TaskExecutor executor;
    private final Supplier<AdminClient> client;
    private final Consumer<Throwable> onFailure;
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper(this, "version", "…");
    private final ReadOnlyStringWrapper uptime = new ReadOnlyStringWrapper(this, "uptime", "…");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<ServiceListener> listeners = FXCollections.observableArrayList();

    /** One row of the services table. */
    public record ServiceListener(String service, StatusDto.ListenerStatus listener) {
    }

    public LocalhostViewModel(TaskExecutor executor, Supplier<AdminClient> client, Consumer<Throwable> onFailure) {
        this.executor = executor;
        this.client = client;
        this.onFailure = onFailure;
    }

    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty uptimeProperty() {
        return uptime.getReadOnlyProperty();
    }

    /** "2 services running, 1 stopped", for the heading. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<ServiceListener> listeners() {
        return listeners;
    }

    public void refresh() {
        executor.execute(() -> client.get().status(), this::show, onFailure);
    }

    void show(StatusDto s) {
        version.set(s.version());
        uptime.set(uptime(s.uptimeSeconds()));
        listeners.setAll(s.services().stream()
                .flatMap(svc -> svc.listeners().stream().map(l -> new ServiceListener(svc.name(), l))).toList());
        long working = listeners.stream().filter(l -> l.listener().working()).count();
        long problems = listeners.stream().filter(l -> l.listener().problem()).count();
        long off = listeners.size() - working - problems;
        summary.set(listeners.isEmpty() ? "The server reports no network services."
                : working + " running" + (off > 0 ? ", " + off + " switched off" : "")
                + (problems > 0 ? ", " + problems + " not running — see the reason and the setting to change" : ""));
    }

    static String uptime(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        if (d.toDays() > 0) {
            return d.toDays() + " d " + d.toHoursPart() + " h " + d.toMinutesPart() + " min";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        return d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
}
