package dev.mailroom.app.antivirus;

import dev.mailroom.app.tree.ConsoleNode;
import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import dev.mailroom.core.antivirus.AntivirusClient;
import java.util.List;

/** Servers > localhost > Filters > Antivirus: scanners, test virus and quarantine on the right; Antivirus Properties on Enter. */
public final class AntivirusNode implements ConsoleNode {
    public static final String ID = "service:antivirus";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Antivirus";
    }

    @Override
    public String description() {
        return "Scans every accepted message for viruses (ClamAV, command-line scanners)";
    }

    @Override
    public boolean isLeaf() {
        return true;
    }

    @Override
    public NodeView createView(NodeContext ctx) {
        return new AntivirusView(new AntivirusViewModel(ctx.executor(), () -> new AntivirusClient(ctx.client())), ctx);
    }

    @Override
    public List<NodeAction> actions(NodeContext ctx) {
        return List.of(NodeAction.properties(() -> AntivirusPropertiesView.open(ctx)));
    }
}
