package dev.mailroom.app.tree;

import java.util.List;

/**
 * A fixed branch of the tree (Messaging Manager, Servers, Connectors, …) whose children are
 * whatever features registered in its slot. Its right pane lists those children.
 */
public class ContainerNode implements ConsoleNode {
    private final String id;
    private final String label;
    private final String description;
    private final Slot<Void> slot;

    public ContainerNode(String id, String label, String description, Slot<Void> slot) {
        this.id = id;
        this.label = label;
        this.description = description;
        this.slot = slot;
    }

    @Override
    public String id() {
        return id;
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
        return ctx.registry().childrenOf(slot, null);
    }

    @Override
    public NodeView createView(NodeContext ctx) {
        return new ChildrenView(this, ctx);
    }
}
