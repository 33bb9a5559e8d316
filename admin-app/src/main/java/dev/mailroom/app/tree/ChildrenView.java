package dev.mailroom.app.tree;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The right pane of a branch: its children with their one-line descriptions; double-click opens one. */
public final class ChildrenView implements NodeView {
    private final BorderPane root = new BorderPane();
    private final TableView<ConsoleNode> table = new TableView<>();
    private final ConsoleNode node;
    private final NodeContext ctx;

    public ChildrenView(ConsoleNode node, NodeContext ctx) {
        this.node = node;
        this.ctx = ctx;
        Label title = new Label(node.label());
        title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        title.setPadding(new Insets(8));
        root.setTop(title);
        table.setId("children-table");
        TableColumn<ConsoleNode, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        name.setPrefWidth(200);
        TableColumn<ConsoleNode, String> what = new TableColumn<>("Description");
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().description()));
        what.setPrefWidth(420);
        table.getColumns().add(name);
        table.getColumns().add(what);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnMouseClicked(e -> {
            ConsoleNode child = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && child != null) {
                ctx.select(child.id());
            }
        });
        root.setCenter(table);
        refresh();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        ctx.run("Could not list " + node.label(), () -> node.children(ctx), children -> table.getItems().setAll(children));
    }
}
