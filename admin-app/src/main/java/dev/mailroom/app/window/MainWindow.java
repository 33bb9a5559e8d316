package dev.mailroom.app.window;

import dev.mailroom.app.common.DialogService;
import dev.mailroom.app.common.FxDialogService;
import dev.mailroom.app.common.ServerErrors;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.tree.ConsoleNode;
import dev.mailroom.app.tree.ConsoleTree;
import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeRegistry;
import dev.mailroom.app.tree.NodeView;
import dev.mailroom.core.api.AdminClient;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The console's main window: menus, the "server does not answer" banner, the tree on the left,
 * the selected node's view on the right, and a status line. It is the {@link NodeContext} every
 * node works through.
 */
public final class MainWindow implements NodeContext {
    private final TaskExecutor executor;
    private final NodeRegistry registry;
    private final ConnectionViewModel connection;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final StackPane rightPane = new StackPane();
    private final Menu actionMenu = new Menu("_Action");
    private final Label statusLine = new Label();
    private final ConsoleTree tree;
    private Window window;
    private NodeView currentView;
    private ConsoleNode currentNode;

    public MainWindow(TaskExecutor executor, NodeRegistry registry, ConsoleNode root) {
        this.executor = executor;
        this.registry = registry;
        this.connection = new ConnectionViewModel(executor);
        this.dialogs = new FxDialogService(() -> window);
        this.tree = new ConsoleTree(root, this);
        build();
    }

    private void build() {
        MenuBar menus = new MenuBar(fileMenu(), actionMenu, viewMenu());
        menus.setId("menu-bar");
        actionMenu.setId("menu-action");
        actionMenu.setOnShowing(e -> rebuildActionMenu());

        HBox banner = banner();
        root.setTop(new VBox(menus, banner));

        rightPane.setId("right-pane");
        rightPane.setPadding(new Insets(4));
        tree.view().setMinWidth(220);
        SplitPane split = new SplitPane(tree.view(), rightPane);
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(tree.view(), false);
        root.setCenter(split);

        statusLine.setId("status-line");
        statusLine.setPadding(new Insets(3, 8, 3, 8));
        statusLine.setMaxWidth(Double.MAX_VALUE);
        statusLine.textProperty().bind(connection.descriptionProperty());
        root.setBottom(statusLine);

        tree.onSelected(this::show);
        connection.onReconnected(() -> {
            tree.reloadAll();
            if (currentNode != null) {
                show(currentNode); // a new view: the old one may be the "not connected" notice
            }
        });
    }

    private Menu fileMenu() {
        MenuItem connect = new MenuItem("_Connect to server…");
        connect.setId("menu-connect");
        connect.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        connect.setOnAction(e -> openConnectDialog());
        MenuItem exit = new MenuItem("E_xit");
        exit.setId("menu-exit");
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exit.setOnAction(e -> ((Stage) window).close());
        Menu file = new Menu("_File", null, connect, new SeparatorMenuItem(), exit);
        file.setId("menu-file");
        return file;
    }

    private Menu viewMenu() {
        MenuItem refresh = new MenuItem("_Refresh");
        refresh.setId("menu-refresh");
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refresh.setOnAction(e -> refreshAll());
        Menu view = new Menu("_View", null, refresh);
        view.setId("menu-view");
        return view;
    }

    private HBox banner() {
        Label text = new Label();
        text.setId("banner-text");
        text.setWrapText(true);
        text.textProperty().bind(connection.bannerProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button retry = new Button("_Retry");
        retry.setId("banner-retry");
        retry.disableProperty().bind(connection.retryingProperty());
        retry.setOnAction(e -> connection.retry());
        HBox banner = new HBox(10, text, retry);
        banner.setId("banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 10, 6, 10));
        banner.setStyle("-fx-background-color: #fde7e9; -fx-border-color: #e0a0a8; -fx-border-width: 0 0 1 0;");
        banner.visibleProperty().bind(connection.unreachableProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** Puts the window in a stage and shows it. */
    public Scene attach(Stage stage) {
        this.window = stage;
        Scene scene = new Scene(root, 1100, 700);
        stage.setScene(scene);
        stage.setTitle("Mailroom Administration");
        scene.focusOwnerProperty().addListener((obs, old, now) -> rebuildActionMenu());
        return scene;
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    public ConsoleTree tree() {
        return tree;
    }

    public Parent root() {
        return root;
    }

    public void setStatusText(String text) {
        statusLine.textProperty().unbind();
        statusLine.textProperty().bind(connection.descriptionProperty().concat(text));
    }

    public void openConnectDialog() {
        String current = connection.clientProperty().get() == null ? "http://127.0.0.1:"
                : connection.clientProperty().get().apiRoot().toString().replace("/api/v1", "");
        ConnectView.open(new ConnectViewModel(executor, current,
                (client, url) -> connection.use(client, "Connected to " + url)), window);
    }

    private void show(ConsoleNode node) {
        if (currentView != null) {
            currentView.dispose();
        }
        currentNode = node;
        if (connection.clientProperty().get() == null) {
            currentView = NodeView.of(new Label("Not connected: use File > Connect to server…"));
        } else {
            currentView = node.createView(this);
        }
        rightPane.getChildren().setAll(currentView.root());
        rebuildActionMenu();
    }

    private void refreshAll() {
        connection.retry();
        tree.reloadAll();
        if (currentView != null) {
            currentView.refresh();
        }
    }

    /**
     * The Action menu mirrors the context menu of what has the focus: a row of the right pane's
     * list when the focus is there and a row is selected, otherwise the selected tree node.
     */
    private void rebuildActionMenu() {
        List<NodeAction> actions = List.of();
        if (currentView != null && focusInside(currentView.root())) {
            actions = currentView.selectionActions();
        }
        if (actions.isEmpty() && currentNode != null) {
            actions = currentNode.actions(this);
        }
        ConsoleTree.fill(actionMenu.getItems(), actions);
        if (actionMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(nothing to do here)");
            none.setDisable(true);
            actionMenu.getItems().add(none);
        }
    }

    private boolean focusInside(Node container) {
        if (window == null || window.getScene() == null) {
            return false;
        }
        for (Node n = window.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    // ---- NodeContext ----------------------------------------------------------------------

    @Override
    public AdminClient client() {
        return connection.client();
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
        return registry;
    }

    @Override
    public Window window() {
        return window;
    }

    @Override
    public void reloadChildren(String nodeId) {
        tree.reloadChildren(nodeId);
    }

    @Override
    public void refreshView(String nodeId) {
        if (currentNode != null && currentView != null && currentNode.id().equals(nodeId)) {
            currentView.refresh();
        }
    }

    @Override
    public void select(String nodeId) {
        tree.select(nodeId);
    }

    @Override
    public void failed(String what, Throwable failure) {
        if (ServerErrors.isUnreachable(failure)) {
            connection.report(failure);
        } else {
            dialogs.showError(what, ServerErrors.message(failure));
        }
    }
}
