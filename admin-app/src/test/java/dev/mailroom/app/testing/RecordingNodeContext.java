package dev.mailroom.app.testing;

import dev.mailroom.app.ConsoleNodes;
import dev.mailroom.app.common.DialogService;
import dev.mailroom.app.common.FxDialogService;
import dev.mailroom.app.common.FxTaskExecutor;
import dev.mailroom.app.common.SameThreadTaskExecutor;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeRegistry;
import dev.mailroom.core.api.AdminClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Window;

/**
 * The parts of the main window a view or dialog uses, for tests that open one on a bare stage:
 * the real client and dialog service, the console's real executor (or a same-thread one, so a
 * click's server call has finished when the robot moves on). Tree requests are only recorded,
 * since these tests have no tree.
 */
public final class RecordingNodeContext implements NodeContext, AutoCloseable {
    private final AdminClient client;
    private final Window window;
    private final TaskExecutor executor;
    private final FxDialogService dialogs;
    public final List<Throwable> failures = new CopyOnWriteArrayList<>();
    public final List<String> refreshed = new CopyOnWriteArrayList<>();

    public RecordingNodeContext(AdminClient client, Window window) {
        this(client, window, new FxTaskExecutor());
    }

    private RecordingNodeContext(AdminClient client, Window window, TaskExecutor executor) {
        this.client = client;
        this.window = window;
        this.executor = executor;
        this.dialogs = new FxDialogService(() -> window);
    }

    /** Runs background work on the calling thread. */
    public static RecordingNodeContext sameThread(AdminClient client, Window window) {
        return new RecordingNodeContext(client, window, new SameThreadTaskExecutor());
    }

    @Override
    public AdminClient client() {
        return client;
    }

    @Override
    public TaskExecutor executor() {
        return executor;
    }

    @Override
    public DialogService dialogs() {
        return dialogs;
    }

    @Override
    public NodeRegistry registry() {
        return new NodeRegistry(ConsoleNodes.all());
    }

    @Override
    public Window window() {
        return window;
    }

    @Override
    public void reloadChildren(String nodeId) {
    }

    @Override
    public void refreshView(String nodeId) {
        refreshed.add(nodeId);
    }

    @Override
    public void select(String nodeId) {
    }

    @Override
    public void failed(String what, Throwable failure) {
        failures.add(new AssertionError(what, failure));
    }

    @Override
    public void close() {
        if (executor instanceof FxTaskExecutor fx) {
            fx.close();
        }
    }
}
