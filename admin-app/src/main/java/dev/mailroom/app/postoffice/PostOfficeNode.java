package dev.mailroom.app.postoffice;

import dev.mailroom.app.tree.ChildrenView;
import dev.mailroom.app.tree.ConsoleNode;
import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import dev.mailroom.app.tree.Slot;
import dev.mailroom.core.api.PostOfficeDto;
import dev.mailroom.core.model.PostOfficeName;
import java.util.List;

/** One post office; its children (Domains, Mailboxes, …) are whatever is registered in {@link Slot#POST_OFFICE}. */
public record PostOfficeNode(PostOfficeDto postOffice) implements ConsoleNode {

    @Override
    public String id() {
        return PostOfficeIds.of(postOffice.name());
    }

    @Override
    public String label() {
        return postOffice.enabled() ? postOffice.name() : postOffice.name() + " (disabled)";
    }

    @Override
    public String description() {
        return postOffice.domainCount() + " domain(s), " + postOffice.mailboxCount() + " mailbox(es)";
    }

    @Override
    public boolean mayContain(String nodeId) {
        return nodeId.startsWith(id() + "/");
    }

    @Override
    public List<ConsoleNode> children(NodeContext ctx) {
        return ctx.registry().childrenOf(Slot.POST_OFFICE, PostOfficeName.of(postOffice.name()));
    }

    @Override
    public NodeView createView(NodeContext ctx) {
        return new ChildrenView(this, ctx);
    }

    @Override
    public List<NodeAction> actions(NodeContext ctx) {
        return PostOfficeActions.forPostOffice(ctx, postOffice.name());
    }
}
