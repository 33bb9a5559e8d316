package dev.mailroom.app.logs;

import dev.mailroom.app.tree.ChildrenView;
import dev.mailroom.app.tree.ConsoleNode;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import dev.mailroom.core.logs.LogKind;
import java.util.List;

/** Servers > localhost > Logs > SMTP (POP, MTA, Server): the service's three logs. */
public final class LogServiceNode implements ConsoleNode {
    private final String service;
    private final String label;
    private final String description;

    /** {@code service} is the log folder name ({@code SMTP}, {@code POP}, {@code MTA}, {@code SERVER}). */
    public LogServiceNode(String service, String label, String description) {
        this.service = service;
        this.label = label;
        this.description = description;
    }

    @Override
    public String id() {
        return "logs:" + service;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<ConsoleNode> children(NodeContext ctx) {
        return List.of(new LogKindNode(service, LogKind.ACTIVITY), new LogKindNode(service, LogKind.DEBUG),
                new LogKindNode(service, LogKind.W3C));
    }

    @Override
    public NodeView createView(NodeContext ctx) {
        return new ChildrenView(this, ctx);
    }
}
