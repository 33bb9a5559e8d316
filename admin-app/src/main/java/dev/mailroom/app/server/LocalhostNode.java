package dev.mailroom.app.server;

import dev.mailroom.app.tree.ConsoleNode;
import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import dev.mailroom.app.tree.Slot;
import java.util.List;

/** Servers > localhost: the status summary, Properties (default post office), and the server's branches. */
public final class LocalhostNode implements ConsoleNode {
    public static final String ID = "localhost";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "localhost";
    }

    @Override
    public String description() {
        return "The server this console is connected to";
    }

    @Override
    public List<ConsoleNode> children(NodeContext ctx) {
        return ctx.registry().childrenOf(Slot.LOCALHOST, null);
    }

    @Override
    public NodeView createView(NodeContext ctx) {
        return new LocalhostView(new LocalhostViewModel(ctx.executor(), ctx::client, e -> ctx.failed("Status", e)));
    }

    @Override
    public List<NodeAction> actions(NodeContext ctx) {
        return List.of(NodeAction.properties(() -> ctx.run("Could not read the server settings",
                () -> LocalhostPropertiesViewModel.load(ctx.client()),
                loaded -> LocalhostPropertiesView.open(ctx, loaded))));
    }
}
