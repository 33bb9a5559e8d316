package dev.mailroom.app.tree;

import dev.mailroom.app.common.PagedListViewModel;
import dev.mailroom.app.common.PagedTable;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * The right pane of a node that lists server items (post offices, domains, mailboxes): a
 * {@link PagedTable} whose rows have their own context menu (the same entries appear in the Action
 * menu while the list has the focus), double-click or Enter for Properties.
 */
public final class ListNodeView<T> implements NodeView {
    private final PagedListViewModel<T> model;
    private final PagedTable<T> table;
    private final Function<T, List<NodeAction>> rowActions;

    public ListNodeView(PagedListViewModel<T> model, PagedTable<T> table, Function<T, List<NodeAction>> rowActions) {
        this.model = model;
        this.table = table;
        this.rowActions = rowActions;
        ContextMenu menu = new ContextMenu();
        menu.setId("row-context-menu");
        table.table().addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                e -> ConsoleTree.fill(menu.getItems(), selectionActions()));
        table.table().setContextMenu(menu);
        table.table().setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                runRole(NodeAction.Role.PROPERTIES);
            }
        });
        table.table().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isAltDown()) {
                if (runRole(NodeAction.Role.PROPERTIES)) {
                    e.consume();
                }
            }
        });
        model.reload();
    }

    private boolean runRole(NodeAction.Role role) {
        return ConsoleTree.find(selectionActions(), role).map(a -> {
            a.run().run();
            return true;
        }).orElse(false);
    }

    public PagedTable<T> table() {
        return table;
    }

    public PagedListViewModel<T> model() {
        return model;
    }

    @Override
    public Node root() {
        return table.root();
    }

    @Override
    public void refresh() {
        model.reload();
    }

    @Override
    public List<NodeAction> selectionActions() {
        T selected = table.table().getSelectionModel().getSelectedItem();
        return selected == null ? List.of() : rowActions.apply(selected);
    }
}
