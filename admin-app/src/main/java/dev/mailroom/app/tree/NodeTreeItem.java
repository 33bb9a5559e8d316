package dev.mailroom.app.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TreeItem;

/**
 * A tree item that asks its node for children the first time it is expanded, in the background,
 * and again on {@link #reload()}. A reload keeps the items whose node id is unchanged, so what
 * the user had expanded stays expanded.
 */
public final class NodeTreeItem extends TreeItem<ConsoleNode> {
    private final NodeContext ctx;
    private final Runnable afterLoad;
    private boolean loaded;
    private boolean loading;

    public NodeTreeItem(ConsoleNode node, NodeContext ctx, Runnable afterLoad) {
        super(node);
        this.ctx = ctx;
        this.afterLoad = afterLoad;
        expandedProperty().addListener((obs, was, now) -> {
            if (now && !loaded) {
                reload();
            }
        });
    }

    @Override
    public boolean isLeaf() {
        // A branch that turned out empty (no feature registered there yet) shows no expand arrow.
        return getValue().isLeaf() || (loaded && getChildren().isEmpty());
    }

    public boolean isLoaded() {
        return loaded;
    }

    /** Asks the node for its children again; a node never expanded is left for later. */
    public void reload() {
        if (getValue().isLeaf() || loading) {
            return;
        }
        loading = true;
        ConsoleNode node = getValue();
        ctx.executor().execute(() -> node.children(ctx), children -> {
            loading = false;
            loaded = true;
            merge(children);
            afterLoad.run();
        }, failure -> {
            loading = false;
            ctx.failed("Could not list " + node.label(), failure);
        });
    }

    private void merge(List<ConsoleNode> children) {
        Map<String, NodeTreeItem> existing = new HashMap<>();
        for (TreeItem<ConsoleNode> item : getChildren()) {
            existing.put(item.getValue().id(), (NodeTreeItem) item);
        }
        List<TreeItem<ConsoleNode>> items = new ArrayList<>();
        for (ConsoleNode child : children) {
            NodeTreeItem item = existing.get(child.id());
            if (item == null) {
                item = new NodeTreeItem(child, ctx, afterLoad);
            } else {
                item.setValue(child);
            }
            items.add(item);
        }
        getChildren().setAll(items);
    }
}
