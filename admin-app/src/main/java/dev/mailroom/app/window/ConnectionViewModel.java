package dev.mailroom.app.window;

import dev.mailroom.app.common.ServerErrors;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.api.StatusDto;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
    private Callable<AdminClient> reconnect;

    /** A status answer and the client that got it (a fresh one after a server restart). */
    private record Answer(AdminClient client, StatusDto status) {
    }

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
        use(newClient, what, null);
    }

    /**
     * Uses this client; {@code reconnect} makes a new one when the server was restarted (a
     * server writes a new address and token at every start: for a server on a data directory,
     * {@code () -> AdminClient.forDataDir(dir)}). Null when there is no way to find it again.
     */
    public void use(AdminClient newClient, String what, Callable<AdminClient> reconnect) {
        this.reconnect = reconnect;
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

    /**
     * Asks the server for its status; clears the banner and reloads when it answers. When it
     * does not answer, or refuses the token, and the server can be found again (a restarted
     * server on the same data directory has a new port and token), the new address is used.
     */
    public void retry() {
        AdminClient c = client.get();
        if (c == null || retrying.get()) {
            return;
        }
        retrying.set(true);
        boolean wasDown = unreachable.get();
        Callable<AdminClient> again = reconnect;
        executor.execute(() -> {
            try {
                return new Answer(c, c.status());
            } catch (ApiException e) {
                if (again == null || !(e.status() == 0 || e.status() == 401)) {
                    throw e;
                }
                AdminClient fresh = again.call();
                return new Answer(fresh, fresh.status());
            }
        }, answer -> {
            retrying.set(false);
            status.set(answer.status());
            boolean moved = answer.client() != client.get();
            client.set(answer.client());
            if (wasDown || moved) {
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
