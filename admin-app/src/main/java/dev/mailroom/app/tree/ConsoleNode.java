package dev.mailroom.app.tree;

import java.util.List;

/**
 * One node of the console's tree: what it is called, what it shows in the right pane, what its
 * context menu (and the Action menu) offers, and its children. A feature adds itself to the tree by
 * implementing this once and adding one line to {@link dev.mailroom.app.ConsoleNodes}; no other
 * class knows about it. See {@code admin-app/README-nodes.md}.
 */
public interface ConsoleNode {
    /**
     * Unique and stable across reloads (e.g. {@code "po:EXAMPLE/mailboxes"}): the tree uses it to
     * keep selection and expansion when it reloads, and tests find nodes by it.
     */
    String id();

    /** The text in the tree. */
    String label();

    /** A one-line summary shown beside the node when its parent lists its children. */
    default String description() {
        return "";
    }

    /** Leaves show no expand arrow and are never asked for children. */
    default boolean isLeaf() {
        return false;
    }

    /**
     * The children, computed in the background (it may call the server). Fixed children come
     * from the registry: {@code ctx.registry().childrenOf(Slot.CONNECTORS, null)}.
     */
    default List<ConsoleNode> children(NodeContext ctx) throws Exception {
        return List.of();
    }

    /**
     * Whether the node with {@code nodeId} may be among this node's descendants. Selecting a node
     * that is not loaded yet expands the branches that say yes; a branch with many or costly
     * children (a post office list) says no unless the id is one of its own.
     */
    default boolean mayContain(String nodeId) {
        return !isLeaf();
    }

    /** The right pane for this node; called on the FX thread each time the node is selected. */
    NodeView createView(NodeContext ctx);

    /** The context menu and Action menu entries, in menu order (called on the FX thread). */
    default List<NodeAction> actions(NodeContext ctx) {
        return List.of();
    }
}
