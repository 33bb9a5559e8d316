package dev.mailroom.app.mailbox;

import dev.mailroom.app.postoffice.PostOfficeIds;
import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** A mailbox's Properties, Set Password and Delete. */
public final class MailboxActions {
    public static final KeyCombination SET_PASSWORD_KEY =
            new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private MailboxActions() {
    }

    public static List<NodeAction> forMailbox(NodeContext ctx, String postOffice, String mailbox) {
        return List.of(
                NodeAction.properties(() -> ctx.run("Could not open mailbox " + mailbox,
                        () -> ctx.client().getMailbox(postOffice, mailbox), m -> MailboxPropertiesView.open(ctx, m))),
                NodeAction.other("set-password", "Set Password…", SET_PASSWORD_KEY,
                        () -> SetPasswordView.open(ctx, postOffice, mailbox)),
                NodeAction.delete(() -> delete(ctx, postOffice, mailbox)));
    }

    static void delete(NodeContext ctx, String postOffice, String mailbox) {
        ctx.run("Could not delete mailbox " + mailbox, () -> ctx.client().getMailbox(postOffice, mailbox), m -> {
            String details = "Its " + m.addresses().size() + " address(es) and every message stored in it ("
                    + Sizes.bytes(m.sizeBytes()) + ") are deleted with it. This cannot be undone.";
            if (ctx.dialogs().confirm("Delete Mailbox", "Delete mailbox " + m.name() + " of " + postOffice + "?", details)) {
                ctx.run("Could not delete mailbox " + mailbox, () -> {
                    ctx.client().deleteMailbox(postOffice, mailbox);
                    return mailbox;
                }, gone -> {
                    ctx.refreshView(PostOfficeIds.mailboxes(postOffice));
                    ctx.reloadChildren(PostOfficeIds.POST_OFFICES);
                });
            }
        });
    }
}
