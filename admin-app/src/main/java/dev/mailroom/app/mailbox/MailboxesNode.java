package dev.mailroom.app.mailbox;

import dev.mailroom.app.common.PagedListViewModel;
import dev.mailroom.app.common.PagedTable;
import dev.mailroom.app.postoffice.PostOfficeIds;
import dev.mailroom.app.tree.ConsoleNode;
import dev.mailroom.app.tree.ListNodeView;
import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import dev.mailroom.core.api.MailboxDto;
import dev.mailroom.core.model.PostOfficeName;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A post office's Mailboxes: the list (name, type, quota, size, enabled, last login) and New Mailbox…. */
public record MailboxesNode(PostOfficeName postOffice) implements ConsoleNode {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Override
    public String id() {
        return PostOfficeIds.mailboxes(postOffice.value());
    }

    @Override
    public String label() {
        return "Mailboxes";
    }

    @Override
    public String description() {
        return "Mailboxes, their addresses, quotas and passwords";
    }

    @Override
    public boolean isLeaf() {
        return true;
    }

    @Override
    public NodeView createView(NodeContext ctx) {
        String po = postOffice.value();
        PagedListViewModel<MailboxDto> model = new PagedListViewModel<>(ctx.executor(),
                (offset, limit, filter) -> ctx.client().listMailboxes(po, offset, limit, filter),
                e -> ctx.failed("Could not list the mailboxes of " + po, e));
        PagedTable<MailboxDto> table = new PagedTable<>("Mailboxes of " + po, "mailboxes", model);
        table.emptyText("No mailboxes yet. Right-click Mailboxes and choose New Mailbox…");
        table.column("Mailbox", 180, MailboxDto::name);
        table.column("Type", 80, m -> m.type().name());
        table.column("Quota", 90, m -> Sizes.quota(m.quotaKb()));
        table.column("Size", 90, m -> Sizes.bytes(m.sizeBytes()));
        table.column("Enabled", 70, m -> m.enabled() ? "Yes" : "No");
        table.column("Last login", 140, m -> m.lastLogin() == null ? "Never" : WHEN.format(m.lastLogin()));
        return new ListNodeView<>(model, table, m -> MailboxActions.forMailbox(ctx, po, m.name()));
    }

    @Override
    public List<NodeAction> actions(NodeContext ctx) {
        return List.of(NodeAction.create("new-mailbox", "New Mailbox…", NewMailboxView.KEY,
                () -> NewMailboxView.open(ctx, postOffice.value())));
    }
}
