package dev.mailroom.app.server;

import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Right pane of a {@link ServiceStatusNode}: a summary line and the listener table. */
public final class ServiceStatusView implements NodeView {
    private final VBox root = new VBox(8);
    private final ServiceStatusViewModel model;

    public ServiceStatusView(ServiceStatusViewModel model, String title, NodeContext ctx) {
        this.model = model;
        Label heading = new Label(title);
        heading.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        Label summary = new Label();
        summary.setId("service-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        TableView<?> table = ListenerTable.create(model.listeners());
        table.setPrefHeight(160);
        table.setPlaceholder(new Label("The server reports no listener for " + title + "."));
        root.getChildren().addAll(heading, summary, table);
        root.setPadding(new Insets(8));
        model.refresh();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        model.refresh();
    }
}
