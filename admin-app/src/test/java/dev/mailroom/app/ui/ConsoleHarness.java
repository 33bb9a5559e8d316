package dev.mailroom.app.ui;

import dev.mailroom.app.ConsoleApp;
import dev.mailroom.app.ConsoleNodes;
import dev.mailroom.app.common.FxTaskExecutor;
import dev.mailroom.app.tree.ConsoleNode;
import dev.mailroom.app.tree.NodeRegistry;
import dev.mailroom.app.window.MainWindow;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real server on free ports in a temporary directory, and the console's main window connected
 * to it, for TestFX tests and the screenshot renderer. Nothing is mocked: clicks go through the
 * real window, calls through the real admin API.
 */
final class ConsoleHarness implements AutoCloseable {
    static final long WAIT_SECONDS = 15;

    final RunningServer server;
    final AdminClient api;
    final FxRobot robot = new FxRobot();
    final FxTaskExecutor executor = new FxTaskExecutor();
    MainWindow window;
    Stage stage;

    ConsoleHarness(Path dataDir) throws Exception {
        server = ServerLauncher.start(dataDir,
                new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.of(0)), 0, null);
        api = server.client();
        stage = FxToolkit.registerPrimaryStage();
    }

    /** A fresh main window on the primary stage, connected, with Post Offices selected. */
    void open(double width, double height) throws Exception {
        FxToolkit.setupStage(s -> {
            window = new MainWindow(executor, new NodeRegistry(ConsoleNodes.all()), ConsoleApp.rootNode());
            window.attach(s);
            s.setWidth(width);
            s.setHeight(height);
            s.show();
            s.toFront();
            window.connection().use(api, "Connected to " + api.apiRoot());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void select(String nodeId) throws TimeoutException {
        robot.interact(() -> window.select(nodeId));
        waitFor(() -> window.tree().selectedNode().map(ConsoleNode::id).filter(nodeId::equals).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    /** The node with that id (ids may hold ':' and '/', which CSS selectors cannot). */
    <T extends Node> T node(String id, Class<T> type) {
        return robot.lookup((java.util.function.Predicate<Node>) n -> id.equals(n.getId())).queryAs(type);
    }

    Optional<Node> find(String id) {
        return robot.lookup((java.util.function.Predicate<Node>) n -> id.equals(n.getId())).tryQuery();
    }

    /** The top-most dialog window that holds a node with that id. */
    Optional<Window> windowWith(String id) {
        return robot.listTargetWindows().stream()
                .filter(w -> w.getScene() != null && w.isShowing())
                .filter(w -> robot.from(w.getScene().getRoot()).lookup((java.util.function.Predicate<Node>) n -> id.equals(n.getId())).tryQuery().isPresent())
                .findFirst();
    }

    /**
     * Opens the context menu of a node the way a right-click does. Monocle, the headless platform
     * the tests run on, never turns a secondary click into a ContextMenuEvent (TestFX/Monocle#12,
     * TestFX#645), so after the click (which selects the row) the event a desktop sends is fired here.
     */
    void contextMenuOn(Node target) {
        robot.rightClickOn(target);
        robot.interact(() -> {
            javafx.geometry.Bounds b = target.localToScreen(target.getBoundsInLocal());
            javafx.geometry.Bounds local = target.getBoundsInLocal();
            javafx.event.Event.fireEvent(target, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getCenterX(), local.getCenterY(), b.getCenterX(), b.getCenterY(), false,
                    new javafx.scene.input.PickResult(target, b.getCenterX(), b.getCenterY())));
        });
    }

    void contextMenuOnNode(String nodeId) {
        contextMenuOn(node("node-" + nodeId, Node.class));
    }

    /**
     * Types letters and digits as key strokes into whatever has the keyboard focus. (TestFX's
     * write() sends characters to the window it believes is focused, which under Monocle can be
     * the main window behind a dialog; key strokes go where a person's would.)
     */
    void keys(String text) {
        for (char c : text.toCharArray()) {
            javafx.scene.input.KeyCode code = Character.isDigit(c) ? javafx.scene.input.KeyCode.valueOf("DIGIT" + c)
                    : javafx.scene.input.KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
            robot.type(code);
        }
    }

    void treeContains(String nodeId) throws TimeoutException {
        waitFor(() -> window.tree().item(nodeId).isPresent());
    }

    void closeDialogs() throws TimeoutException {
        robot.interact(() -> {
            for (Window w : new java.util.ArrayList<>(Window.getWindows())) {
                if (w != stage && w.isShowing()) {
                    w.hide();
                }
            }
        });
    }

    @Override
    public void close() throws Exception {
        closeDialogs();
        FxToolkit.cleanupStages();
        executor.close();
        server.close();
    }
}
