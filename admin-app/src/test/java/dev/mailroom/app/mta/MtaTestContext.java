package dev.mailroom.app.mta;

import dev.mailroom.app.ConsoleNodes;
import dev.mailroom.app.common.DialogService;
import dev.mailroom.app.common.FxDialogService;
import dev.mailroom.app.common.FxTaskExecutor;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeRegistry;
import dev.mailroom.core.api.AdminClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Window;

/**
 * The parts of the main window the MTA views use, with the console's real executor and
 * dialogs; the tree requests are recorded because these tests have no tree.
 */
final class MtaTestContext implements NodeContext, AutoCloseable {
    private final AdminClient client;
    private final Window window;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final FxDialogService dialogs;
    final List<Throwable> failures = new CopyOnWriteArrayList<>();
    final List<String> refreshed = new CopyOnWriteArrayList<>();

    MtaTestContext(AdminClient client, Window window) {
        this.client = client;
        this.window = window;
        this.dialogs = new FxDialogService(() -> window);
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
        executor.close();
    }
}
