package dev.mailroom.app.domain;

import dev.mailroom.app.postoffice.PostOfficeIds;
import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import java.util.List;

/** A domain's Properties and Delete, for its row's context menu and the Action menu. */
public final class DomainActions {
    private DomainActions() {
    }

    public static List<NodeAction> forDomain(NodeContext ctx, String postOffice, String domain) {
        return List.of(
                NodeAction.properties(() -> ctx.run("Could not open domain " + domain,
                        () -> ctx.client().getDomain(postOffice, domain), d -> DomainPropertiesView.open(ctx, d))),
                NodeAction.delete(() -> {
                    boolean sure = ctx.dialogs().confirm("Delete Domain", "Delete domain " + domain + " from " + postOffice + "?",
                            "Every address @" + domain + " goes with it, so mail to them is refused from now on."
                                    + " The mailboxes and their messages stay.");
                    if (sure) {
                        ctx.run("Could not delete domain " + domain, () -> {
                            ctx.client().removeDomain(postOffice, domain);
                            return domain;
                        }, gone -> {
                            ctx.refreshView(PostOfficeIds.domains(postOffice));
                            ctx.reloadChildren(PostOfficeIds.POST_OFFICES);
                        });
                    }
                }));
    }
}
