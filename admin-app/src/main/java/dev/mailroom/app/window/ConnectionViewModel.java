package dev.mailroom.app.window;

import dev.mailroom.app.common.ServerErrors;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.StatusDto;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The console's connection to a server: which one, whether it answers, and what the banner says
 * when it does not. Any failed call that means "no answer" raises the banner; Retry asks for the
 * status again and, when the server answers, the window reloads what it shows.
 */
public final class ConnectionViewModel {
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<AdminClient> client = new ReadOnlyObjectWrapper<>(this, "client");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "Not connected");
    private final ReadOnlyBooleanWrapper unreachable = new ReadOnlyBooleanWrapper(this, "unreachable");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");
    private final ReadOnlyBooleanWrapper retrying = new ReadOnlyBooleanWrapper(this, "retrying");
    private final ReadOnlyObjectWrapper<StatusDto> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final List<Runnable> onReconnected = new ArrayList<>();

    public ConnectionViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    public ReadOnlyObjectProperty<AdminClient> clientProperty() {
        return client.getReadOnlyProperty();
    }

    public AdminClient client() {
        AdminClient c = client.get();
        if (c == null) {
            throw new IllegalStateException("Not connected to a server: use File > Connect to server…");
        }
        return c;
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty unreachableProperty() {
        return unreachable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty retryingProperty() {
        return retrying.getReadOnlyProperty();
    }

    /** The last status the server answered. */
    public ReadOnlyObjectProperty<StatusDto> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Runs after a Retry found the server answering again, and after connecting to another one. */
    public void onReconnected(Runnable r) {
        onReconnected.add(r);
    }

    /** Uses this client from now on (the embedded server, or File > Connect). */
    public void use(AdminClient newClient, String what) {
        client.set(newClient);
        description.set(what);
        unreachable.set(false);
        banner.set("");
        onReconnected.forEach(Runnable::run);
        retry();
    }

    /** Tells the connection about a failed call; raises the banner when the server did not answer. */
    public void report(Throwable failure) {
        if (ServerErrors.isUnreachable(failure)) {
            unreachable.set(true);
            banner.set(ServerErrors.message(failure) + ". Press Retry once it runs again; until it answers, nothing you do here reaches it.");
        }
    }

    /** Asks the server for its status; clears the banner and reloads when it answers. */
    public void retry() {
        AdminClient c = client.get();
        if (c == null || retrying.get()) {
            return;
        }
        retrying.set(true);
        boolean wasDown = unreachable.get();
        executor.execute(c::status, s -> {
            retrying.set(false);
            status.set(s);
            if (wasDown) {
                unreachable.set(false);
                banner.set("");
                onReconnected.forEach(Runnable::run);
            }
        }, e -> {
            retrying.set(false);
            if (ServerErrors.isUnreachable(e)) {
                report(e);
            } else {
                unreachable.set(true);
                banner.set("The server answered but refused: " + ServerErrors.message(e));
            }
        });
    }
}
