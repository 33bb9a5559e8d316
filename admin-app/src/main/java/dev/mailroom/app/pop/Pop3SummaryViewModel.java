package dev.mailroom.app.pop;

import dev.mailroom.app.common.ServerErrors;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.server.ServiceStatusViewModel;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.StatusDto;
import dev.mailroom.core.pop3.Pop3StatusDto;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The POP summary: state and port of each listener, connections now, addresses banned now. */
public final class Pop3SummaryViewModel {
    private final TaskExecutor executor;
    private final Supplier<AdminClient> client;
    private final ObservableList<StatusDto.ListenerStatus> listeners = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper connections = new ReadOnlyStringWrapper(this, "connections", "");

    public Pop3SummaryViewModel(TaskExecutor executor, Supplier<AdminClient> client) {
        this.executor = executor;
        this.client = client;
    }

    public ObservableList<StatusDto.ListenerStatus> listeners() {
        return listeners;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionsProperty() {
        return connections.getReadOnlyProperty();
    }

    public void refresh() {
        executor.execute(() -> client.get().get("/pop3", Pop3StatusDto.class), this::show,
                e -> summary.set("Status unavailable: " + ServerErrors.message(e)));
    }

    void show(Pop3StatusDto status) {
        listeners.setAll(status.listeners());
        summary.set(status.listeners().isEmpty() ? "The POP3 service has no listeners."
                : String.join("; ", status.listeners().stream().map(ServiceStatusViewModel::describe).toList())
                + (status.tlsProblem().isEmpty() ? "" : ". TLS unavailable: " + status.tlsProblem()));
        connections.set(status.connections() + (status.connections() == 1 ? " connection" : " connections")
                + " now; " + status.bans().size() + (status.bans().size() == 1 ? " address" : " addresses")
                + " banned");
    }
}
