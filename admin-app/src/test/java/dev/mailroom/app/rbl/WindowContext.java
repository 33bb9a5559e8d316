package dev.mailroom.app.rbl;

import dev.mailroom.app.ConsoleNodes;
import dev.mailroom.app.common.DialogService;
import dev.mailroom.app.common.FxDialogService;
import dev.mailroom.app.common.SameThreadTaskExecutor;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeRegistry;
import dev.mailroom.core.api.AdminClient;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Window;

/**
 * The part of the main window a dialog uses, for opening the blacklisting dialogs on a bare test
 * stage: the real client and dialog service, a same-thread executor so each click's server call
 * has finished when the robot moves on. Tree requests are only recorded (there is no tree here).
 */
final class WindowContext implements NodeContext {
    private final AdminClient client;
    private final Window window;
    private final TaskExecutor executor = new SameThreadTaskExecutor();
    final List<String> failures = new ArrayList<>();

    WindowContext(AdminClient client, Window window) {
        this.client = client;
        this.window = window;
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
        return new FxDialogService(() -> window);
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
    }

    @Override
    public void select(String nodeId) {
    }

    @Override
    public void failed(String what, Throwable failure) {
        failures.add(what + ": " + failure.getMessage());
    }
}
