package dev.mailroom.app.tree;

import dev.mailroom.app.common.DialogService;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.core.api.AdminClient;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * What a node, its view and its actions may use: the server connection, the task executor, the
 * dialog service, and a few requests to the tree. The main window implements it; nothing else is
 * shared, so a node never reaches for a static.
 */
public interface NodeContext {
    /** The connected server's client. Call it only from work run by {@link #executor()}. */
    AdminClient client();

    TaskExecutor executor();

    DialogService dialogs();

    NodeRegistry registry();

    /** Owner for dialogs. */
    Window window();

    /** Reloads the children of the node with that id (after something was created or deleted). */
    void reloadChildren(String nodeId);

    /** Refreshes the right pane if it shows that node (after its properties were saved). */
    void refreshView(String nodeId);

    /** Selects the node with that id once it is in the tree. */
    void select(String nodeId);

    /**
     * Shows a failed call: the "server does not answer" banner with Retry when it did not answer,
     * otherwise an error dialog titled {@code what}.
     */
    void failed(String what, Throwable failure);

    /** Shortcut: run {@code work} in the background, report a failure through {@link #failed}. */
    default <T> void run(String what, Callable<T> work, Consumer<? super T> onSuccess) {
        executor().execute(work, onSuccess, e -> failed(what, e));
    }
}
