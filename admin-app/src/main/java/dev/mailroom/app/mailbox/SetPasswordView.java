package dev.mailroom.app.mailbox;

import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.app.tree.NodeContext;
import javafx.scene.control.PasswordField;

/** The Set Password dialog. */
public final class SetPasswordView {
    private SetPasswordView() {
    }

    public static PropertiesDialog open(NodeContext ctx, String postOffice, String mailbox) {
        SetPasswordViewModel vm = new SetPasswordViewModel(ctx.executor(), ctx.client(), postOffice, mailbox);
        PropertiesDialog d = new PropertiesDialog("Set Password — " + mailbox, vm, false);
        PasswordRow password = new PasswordRow("set", vm.password(), d.decorations(), "at least 8 characters");
        PasswordField confirm = new PasswordField();
        confirm.setId("set-confirm");
        confirm.textProperty().bindBidirectional(vm.confirm().textProperty());
        d.addTab("Password", new FormGrid(d.decorations())
                .add("_New password:", password.field, password.node)
                .add("_Confirm:", confirm, vm.confirm())
                .node());
        d.onSaved(() -> ctx.dialogs().showInformation("Password changed",
                "The password of " + mailbox + " was changed. Its next login must use the new one."));
        d.show(ctx.window());
        return d;
    }
}
