package dev.mailroom.app.domain;

import dev.mailroom.app.common.PagedListViewModel;
import dev.mailroom.app.common.PagedTable;
import dev.mailroom.app.postoffice.PostOfficeIds;
import dev.mailroom.app.tree.ConsoleNode;
import dev.mailroom.app.tree.ListNodeView;
import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import dev.mailroom.core.api.DomainDto;
import dev.mailroom.core.model.PostOfficeName;
import java.util.List;

/** A post office's Domains: the list, New Domain…, and each domain's Properties and Delete. */
public record DomainsNode(PostOfficeName postOffice) implements ConsoleNode {

    @Override
    public String id() {
        return PostOfficeIds.domains(postOffice.value());
    }

    @Override
    public String label() {
        return "Domains";
    }

    @Override
    public String description() {
        return "Mail domains this post office receives mail for";
    }

    @Override
    public boolean isLeaf() {
        return true;
    }

    @Override
    public NodeView createView(NodeContext ctx) {
        String po = postOffice.value();
        PagedListViewModel<DomainDto> model = new PagedListViewModel<>(ctx.executor(),
                (offset, limit, filter) -> ctx.client().listDomains(po, offset, limit, filter),
                e -> ctx.failed("Could not list the domains of " + po, e));
        PagedTable<DomainDto> table = new PagedTable<>("Domains of " + po, "domains", model);
        table.emptyText("No domains yet. Right-click Domains and choose New Domain…");
        table.column("Domain", 220, DomainDto::name);
        table.column("Enabled", 80, d -> d.enabled() ? "Yes" : "No");
        table.column("Catch-all", 140, DomainDto::catchAll);
        table.column("Blacklisted senders", 140, d -> d.blacklist().size());
        return new ListNodeView<>(model, table, d -> DomainActions.forDomain(ctx, po, d.name()));
    }

    @Override
    public List<NodeAction> actions(NodeContext ctx) {
        return List.of(NodeAction.create("new-domain", "New Domain…", NewDomainView.KEY,
                () -> NewDomainView.open(ctx, postOffice.value())));
    }
}
