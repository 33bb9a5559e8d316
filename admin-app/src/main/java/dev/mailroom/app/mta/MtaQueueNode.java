package dev.mailroom.app.mta;

import dev.mailroom.app.tree.ConsoleNode;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import dev.mailroom.core.mta.MtaClient;

/** Agents &gt; MTA &gt; Queue: every message still to be delivered, with Retry now, Delete and Bounce. */
public final class MtaQueueNode implements ConsoleNode {
    public static final String ID = "service:mta/queue";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Queue";
    }

    @Override
    public String description() {
        return "Messages waiting for remote delivery";
    }

    @Override
    public boolean isLeaf() {
        return true;
    }

    @Override
    public NodeView createView(NodeContext ctx) {
        return new MtaQueueView(new MtaQueueViewModel(ctx.executor(), () -> new MtaClient(ctx.client())), ctx);
    }
}
