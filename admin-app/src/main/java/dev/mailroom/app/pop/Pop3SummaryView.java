package dev.mailroom.app.pop;

import dev.mailroom.app.server.ListenerTable;
import dev.mailroom.app.tree.NodeView;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Right pane of the POP node. */
public final class Pop3SummaryView implements NodeView {
    private final VBox root = new VBox(8);
    private final Pop3SummaryViewModel model;

    public Pop3SummaryView(Pop3SummaryViewModel model) {
        this.model = model;
        Label heading = new Label("POP");
        heading.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        Label summary = new Label();
        summary.setId("pop3-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label connections = new Label();
        connections.setId("pop3-connections");
        connections.textProperty().bind(model.connectionsProperty());
        TableView<?> table = ListenerTable.create(model.listeners());
        table.setPrefHeight(120);
        root.getChildren().addAll(heading, summary, connections, table);
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
