package dev.mailroom.app.pop;

import dev.mailroom.app.tree.ConsoleNode;
import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import java.util.List;

/** Servers &gt; localhost &gt; Services &gt; POP: the summary pane and the POP properties. */
public final class Pop3Node implements ConsoleNode {
    public static final String ID = "service:pop3";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "POP";
    }

    @Override
    public String description() {
        return "POP3: mail clients download mail";
    }

    @Override
    public boolean isLeaf() {
        return true;
    }

    @Override
    public NodeView createView(NodeContext ctx) {
        return new Pop3SummaryView(new Pop3SummaryViewModel(ctx.executor(), ctx::client));
    }

    @Override
    public List<NodeAction> actions(NodeContext ctx) {
        return List.of(NodeAction.properties(() -> Pop3PropertiesView.open(ctx)));
    }
}
