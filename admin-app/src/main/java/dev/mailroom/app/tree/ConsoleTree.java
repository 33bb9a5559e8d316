package dev.mailroom.app.tree;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;

/**
 * The console's tree: nodes from the registry, loaded lazily, with the selected node's actions as
 * the context menu (right-click, the Menu key or Shift+F10) and Enter for Properties.
 */
public final class ConsoleTree {
    private final TreeView<ConsoleNode> view = new TreeView<>();
    private final NodeContext ctx;
    private String pendingSelection;

    public ConsoleTree(ConsoleNode root, NodeContext ctx) {
        this.ctx = ctx;
        view.setId("console-tree");
        NodeTreeItem rootItem = new NodeTreeItem(root, ctx, this::applyPendingSelection);
        view.setRoot(rootItem);
        view.setShowRoot(true);
        view.setCellFactory(tv -> new TreeCell<>() {
            @Override
            protected void updateItem(ConsoleNode node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : node.label());
                setId(empty || node == null ? null : "node-" + node.id());
            }
        });
        ContextMenu menu = new ContextMenu();
        menu.setId("node-context-menu");
        // Filled just before it shows (a ContextMenu with no items refuses to show at all).
        view.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                e -> fill(menu.getItems(), selectedNode().map(n -> n.actions(ctx)).orElse(List.of())));
        view.setContextMenu(menu);
        view.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isAltDown()) {
                selectedNode().flatMap(n -> find(n.actions(ctx), NodeAction.Role.PROPERTIES))
                        .ifPresent(a -> {
                            e.consume();
                            a.run().run();
                        });
            }
        });
        rootItem.setExpanded(true);
    }

    /** Menu items for actions, with their accelerators; used by the context menu and the Action menu. */
    public static void fill(List<MenuItem> items, List<NodeAction> actions) {
        items.clear();
        NodeAction.Role last = null;
        for (NodeAction a : actions) {
            if (last != null && last != a.role() && (a.role() == NodeAction.Role.DELETE || last == NodeAction.Role.NEW)) {
                items.add(new SeparatorMenuItem());
            }
            MenuItem item = new MenuItem(a.text());
            item.setId(a.id());
            item.setAccelerator(a.accelerator());
            item.setOnAction(e -> a.run().run());
            items.add(item);
            last = a.role();
        }
    }

    public static Optional<NodeAction> find(List<NodeAction> actions, NodeAction.Role role) {
        return actions.stream().filter(a -> a.role() == role).findFirst();
    }

    public TreeView<ConsoleNode> view() {
        return view;
    }

    public Optional<ConsoleNode> selectedNode() {
        return Optional.ofNullable(view.getSelectionModel().getSelectedItem()).map(TreeItem::getValue);
    }

    public void onSelected(Consumer<ConsoleNode> listener) {
        view.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.getValue().id().equals(now.getValue().id()) || old != now)) {
                listener.accept(now.getValue());
            }
        });
    }

    public Optional<NodeTreeItem> item(String nodeId) {
        return find((NodeTreeItem) view.getRoot(), nodeId);
    }

    /** Reloads the children of that node (and expands it so the change is visible). */
    public void reloadChildren(String nodeId) {
        item(nodeId).ifPresent(item -> {
            if (item.isLoaded()) {
                item.reload();
            } else {
                item.setExpanded(true);
            }
        });
    }

    /** Reloads every loaded branch (after reconnecting). */
    public void reloadAll() {
        reloadLoaded((NodeTreeItem) view.getRoot());
    }

    /** Selects the node now, or as soon as a load brings it into the tree. */
    public void select(String nodeId) {
        pendingSelection = nodeId;
        applyPendingSelection();
    }

    private void applyPendingSelection() {
        if (pendingSelection == null) {
            return;
        }
        Optional<NodeTreeItem> found = item(pendingSelection);
        if (found.isEmpty()) {
            expandTowards((NodeTreeItem) view.getRoot(), pendingSelection);
        }
        found.ifPresent(item -> {
            pendingSelection = null;
            for (TreeItem<ConsoleNode> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            view.getSelectionModel().select(item);
            int row = view.getRow(item);
            if (row >= 0) {
                view.scrollTo(Math.max(0, row - 3));
            }
        });
    }

    /** Expands the collapsed branches that may hold the node; each load calls back here. */
    private static void expandTowards(NodeTreeItem item, String id) {
        if (item.getValue().isLeaf() || !item.getValue().mayContain(id)) {
            return;
        }
        if (!item.isExpanded()) {
            item.setExpanded(true);
            return;
        }
        for (TreeItem<ConsoleNode> child : item.getChildren()) {
            expandTowards((NodeTreeItem) child, id);
        }
    }

    private static void reloadLoaded(NodeTreeItem item) {
        if (item.isLoaded()) {
            item.reload();
        }
        for (TreeItem<ConsoleNode> child : item.getChildren()) {
            reloadLoaded((NodeTreeItem) child);
        }
    }

    private static Optional<NodeTreeItem> find(NodeTreeItem item, String id) {
        if (item.getValue().id().equals(id)) {
            return Optional.of(item);
        }
        for (TreeItem<ConsoleNode> child : item.getChildren()) {
            Optional<NodeTreeItem> found = find((NodeTreeItem) child, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
