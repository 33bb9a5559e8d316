package dev.mailroom.app.mta;

import dev.mailroom.app.server.ServiceStatusView;
import dev.mailroom.app.server.ServiceStatusViewModel;
import dev.mailroom.app.tree.ConsoleNode;
import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import java.util.List;

/** Servers &gt; localhost &gt; Agents &gt; MTA: the agent's status, MTA Properties on Enter, and its Queue below. */
public final class MtaNode implements ConsoleNode {
    public static final String ID = "service:mta";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "MTA";
    }

    @Override
    public String description() {
        return "Delivers the outbound queue to the world";
    }

    @Override
    public List<ConsoleNode> children(NodeContext ctx) {
        return List.of(new MtaQueueNode());
    }

    @Override
    public boolean mayContain(String nodeId) {
        return MtaQueueNode.ID.equals(nodeId);
    }

    @Override
    public NodeView createView(NodeContext ctx) {
        return new ServiceStatusView(new ServiceStatusViewModel(ctx.executor(), ctx::client, "mta"), "MTA", ctx);
    }

    @Override
    public List<NodeAction> actions(NodeContext ctx) {
        return List.of(NodeAction.properties(() -> MtaPropertiesView.open(ctx)));
    }
}
