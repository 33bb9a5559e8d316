package dev.mailroom.app.logs;

import dev.mailroom.core.logs.DebugCode;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/** The legend beside the debug log: each relay code of article 20 in the knowledge base's words. */
final class RelayLegend {
    private RelayLegend() {
    }

    static Node create() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(6));
        for (DebugCode c : DebugCode.values()) {
            Label head = new Label(c.code() + ": " + c.entry());
            head.setWrapText(true);
            head.setStyle(RowStyles.of(c.outcome()) + " -fx-font-weight: bold; -fx-padding: 2 4 2 4;");
            Label what = new Label(c.description());
            what.setWrapText(true);
            what.setStyle("-fx-font-size: 11px;");
            box.getChildren().add(new VBox(2, head, what));
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        TitledPane pane = new TitledPane("Relay codes (knowledge base, article 20)", scroll);
        pane.setId("log-legend");
        pane.setCollapsible(false);
        pane.setPrefWidth(320);
        pane.setMaxHeight(Double.MAX_VALUE);
        return pane;
    }
}
