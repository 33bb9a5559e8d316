package dev.mailroom.app.postoffice;

import dev.mailroom.app.domain.NewDomainView;
import dev.mailroom.app.mailbox.NewMailboxView;
import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.mailbox.Sizes;
import dev.mailroom.core.api.MailboxDto;
import dev.mailroom.core.api.PostOfficeDto;
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
        ctx.run("Could not delete post office " + postOffice, () -> whatGoes(ctx, postOffice), what -> {
            var po = what.postOffice();
            String messages = what.storedBytes() < 0 ? "every message stored in them"
                    : what.storedBytes() == 0 ? "their mail folders (empty)"
                    : "the " + Sizes.bytes(what.storedBytes()) + " of messages stored in them";
            String details = "This also deletes its " + plural(po.domainCount(), "domain") + " and "
                    + plural(po.mailboxCount(), "mailbox") + ", with every address and " + messages + "."
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

    /** The post office and the bytes its mailboxes hold (-1 when it has too many mailboxes to add up quickly). */
    record WhatGoes(PostOfficeDto postOffice, long storedBytes) {
    }

    static final int SUM_LIMIT = 1000;

    static WhatGoes whatGoes(NodeContext ctx, String postOffice) {
        PostOfficeDto po = ctx.client().getPostOffice(postOffice);
        if (po.mailboxCount() > SUM_LIMIT) {
            return new WhatGoes(po, -1);
        }
        long bytes = 0;
        for (int offset = 0; offset < po.mailboxCount(); offset += 200) {
            for (MailboxDto m : ctx.client().listMailboxes(postOffice, offset, 200, null).items()) {
                bytes += m.sizeBytes();
            }
        }
        return new WhatGoes(po, bytes);
    }

    static String plural(long n, String word) {
        return n + " " + (n == 1 ? word : word.endsWith("x") ? word + "es" : word + "s");
    }
}
