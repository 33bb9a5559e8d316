package dev.mailroom.app.rbl;

import dev.mailroom.app.tree.ConsoleNode;
import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * "Reverse DNS Blacklisting" under Connectors, beside SMTP: the DNS checks at the SMTP door.
 * Properties opens the blacklisting and DNS security tabs; Test… looks an IP up.
 */
public final class RblNode implements ConsoleNode {
    @Override
    public String id() {
        return "connector:smtp/dns-checks";
    }

    @Override
    public String label() {
        return "Reverse DNS Blacklisting";
    }

    @Override
    public String description() {
        return "SMTP: blacklists, PTR and sender-domain checks";
    }

    @Override
    public boolean isLeaf() {
        return true;
    }

    @Override
    public NodeView createView(NodeContext ctx) {
        Label heading = new Label(label());
        heading.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        Label text = new Label("Reverse DNS blacklists (RBL) and the DNS checks of the SMTP connector: "
                + "refuse clients listed by a blacklist, at RCPT or at connect, or mark their mail; "
                + "require a PTR record; refuse senders whose domain does not exist.");
        text.setWrapText(true);
        Button properties = new Button("Properties…");
        properties.setId("rbl-node-properties");
        properties.setOnAction(e -> RblPropertiesView.open(ctx));
        VBox root = new VBox(8, heading, text, properties);
        root.setPadding(new Insets(8));
        return NodeView.of(root);
    }

    @Override
    public List<NodeAction> actions(NodeContext ctx) {
        return List.of(NodeAction.properties(() -> RblPropertiesView.open(ctx)));
    }
}
