package dev.mailroom.app.smtp;

import dev.mailroom.app.server.ServiceStatusView;
import dev.mailroom.app.server.ServiceStatusViewModel;
import dev.mailroom.app.tree.ConsoleNode;
import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import java.util.List;

/** Servers > localhost > Connectors > SMTP: its listeners on the right, SMTP Properties on Enter. */
public final class SmtpNode implements ConsoleNode {
    public static final String ID = "service:smtp";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "SMTP";
    }

    @Override
    public String description() {
        return "Receives mail from clients and other servers";
    }

    @Override
    public boolean isLeaf() {
        return true;
    }

    @Override
    public NodeView createView(NodeContext ctx) {
        return new ServiceStatusView(new ServiceStatusViewModel(ctx.executor(), ctx::client, "smtp"), "SMTP", ctx);
    }

    @Override
    public List<NodeAction> actions(NodeContext ctx) {
        return List.of(NodeAction.properties(() -> SmtpPropertiesView.open(ctx)),
                dev.mailroom.app.rbl.RblPropertiesView.action(ctx));
    }
}
