package dev.mailroom.app.tree;

import java.util.List;
import javafx.scene.Node;

/** The right pane of a selected node. */
public interface NodeView {
    Node root();

    /** Reloads what it shows from the server (after a change, or when the user presses F5). */
    default void refresh() {
    }

    /** Called when another node is selected: stop timers and listeners. */
    default void dispose() {
    }

    /**
     * The actions for what is selected inside the view (a mailbox row of a list), shown by the
     * Action menu when the view has the focus; empty when nothing is selected.
     */
    default List<NodeAction> selectionActions() {
        return List.of();
    }

    static NodeView of(Node root) {
        return () -> root;
    }
}
