package dev.mailroom.app.postoffice;

import dev.mailroom.app.domain.NewDomainView;
import dev.mailroom.app.mailbox.NewMailboxView;
import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import java.util.List;

/** What a post office offers, the same in the tree, in the list of post offices and in the Action menu. */
public final class PostOfficeActions {
    private PostOfficeActions() {
    }

    public static List<NodeAction> forPostOffice(NodeContext ctx, String postOffice) {
        return List.of(
                NodeAction.create("new-domain", "New Domain…", NewDomainView.KEY, () -> NewDomainView.open(ctx, postOffice)),
                NodeAction.create("new-mailbox", "New Mailbox…", NewMailboxView.KEY, () -> NewMailboxView.open(ctx, postOffice)),
                NodeAction.properties(() -> ctx.run("Could not open post office " + postOffice,
                        () -> ctx.client().getPostOffice(postOffice), po -> PostOfficePropertiesView.open(ctx, po))),
                NodeAction.delete(() -> delete(ctx, postOffice)));
    }

    /** Asks first, saying what goes with the post office; then deletes it and shows the list. */
    static void delete(NodeContext ctx, String postOffice) {
        ctx.run("Could not delete post office " + postOffice, () -> ctx.client().getPostOffice(postOffice), po -> {
            String details = "This also deletes its " + plural(po.domainCount(), "domain") + " and "
                    + plural(po.mailboxCount(), "mailbox") + ", with every address and every message stored in them."
                    + " This cannot be undone.";
            if (!ctx.dialogs().confirm("Delete Post Office", "Delete post office " + po.name() + "?", details)) {
                return;
            }
            ctx.run("Could not delete post office " + postOffice, () -> ctx.client().deletePostOffice(postOffice), gone -> {
                ctx.select(PostOfficeIds.POST_OFFICES);
                ctx.reloadChildren(PostOfficeIds.POST_OFFICES);
                ctx.refreshView(PostOfficeIds.POST_OFFICES);
            });
        });
    }

    static String plural(long n, String word) {
        return n + " " + (n == 1 ? word : word.endsWith("x") ? word + "es" : word + "s");
    }
}
