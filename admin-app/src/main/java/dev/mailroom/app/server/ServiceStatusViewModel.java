package dev.mailroom.app.server;

import dev.mailroom.app.common.ServerErrors;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.StatusDto;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The listeners of one service from {@code GET /status}, and a one-line summary of them. */
public final class ServiceStatusViewModel {
    private final TaskExecutor executor;
    private final Supplier<AdminClient> client;
    private final String service;
    private final ObservableList<StatusDto.ListenerStatus> listeners = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public ServiceStatusViewModel(TaskExecutor executor, Supplier<AdminClient> client, String service) {
        this.executor = executor;
        this.client = client;
        this.service = service;
    }

    public ObservableList<StatusDto.ListenerStatus> listeners() {
        return listeners;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void refresh() {
        executor.execute(() -> client.get().status(), this::show,
                e -> summary.set("Status unavailable: " + ServerErrors.message(e)));
    }

    void show(StatusDto status) {
        List<StatusDto.ListenerStatus> found = status.services().stream()
                .filter(s -> s.name().equalsIgnoreCase(service))
                .flatMap(s -> s.listeners().stream()).toList();
        listeners.setAll(found);
        summary.set(summarize(service, status));
    }

    /** "RUNNING on 127.0.0.1:2525", "STOPPED: …", or that the server reports no such service. */
    static String summarize(String service, StatusDto status) {
        return status.services().stream().filter(s -> s.name().equalsIgnoreCase(service)).findFirst()
                .map(s -> s.listeners().isEmpty() ? "The server reports " + service + " without listeners."
                        : String.join("; ", s.listeners().stream().map(ServiceStatusViewModel::describe).toList()))
                .orElse("The server (version " + status.version() + ") reports no " + service
                        + " service: it is not running in this server.");
    }

    /** One listener for a person: where it listens, or why it does not and what to change. */
    public static String describe(StatusDto.ListenerStatus l) {
        if (l.running()) {
            return l.label() + " RUNNING on " + l.address() + ":" + l.port();
        }
        String why = l.reason() == null || l.reason().isBlank() ? "" : ": " + l.reason();
        String fix = l.setting() == null || l.setting().isBlank() ? "" : " (change " + l.setting() + ")";
        return l.label() + " " + l.state() + " on " + l.address() + ":" + l.port() + why + fix;
    }
}
