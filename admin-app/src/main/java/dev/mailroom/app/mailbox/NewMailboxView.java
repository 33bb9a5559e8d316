package dev.mailroom.app.mailbox;

import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.app.postoffice.PostOfficeIds;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.core.model.MailboxType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The New Mailbox dialog. */
public final class NewMailboxView {
    public static final KeyCombination KEY = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private NewMailboxView() {
    }

    public static PropertiesDialog open(NodeContext ctx, String postOffice) {
        NewMailboxViewModel vm = new NewMailboxViewModel(ctx.executor(), ctx.client(), postOffice);
        PropertiesDialog d = new PropertiesDialog("New Mailbox — " + postOffice, vm, false);
        TextField name = new TextField();
        name.setId("new-mailbox-name");
        name.setPromptText("e.g. alice");
        name.textProperty().bindBidirectional(vm.name().textProperty());
        PasswordRow password = new PasswordRow("new-mailbox", vm.password(), d.decorations(), "at least 8 characters");
        ComboBox<MailboxType> type = new ComboBox<>();
        type.setId("new-mailbox-type");
        type.getItems().setAll(MailboxType.values());
        type.valueProperty().bindBidirectional(vm.typeProperty());
        TextField quota = new TextField();
        quota.setId("new-mailbox-quota");
        quota.textProperty().bindBidirectional(vm.quotaKb().textProperty());
        FormGrid grid = new FormGrid(d.decorations())
                .add("_Mailbox name:", name, vm.name())
                .add("_Password:", password.field, password.node)
                .add("_Type:", type)
                .add("_Quota (KB, 0 = no limit):", quota, vm.quotaKb());
        Label note = new Label("The mailbox gets an address in every domain of " + postOffice + ".");
        note.setStyle("-fx-text-fill: #555;");
        grid.addWide(note);
        d.addTab("Mailbox", grid.node());
        d.onSaved(() -> {
            ctx.reloadChildren(PostOfficeIds.POST_OFFICES);
            ctx.select(PostOfficeIds.mailboxes(postOffice));
            ctx.refreshView(PostOfficeIds.mailboxes(postOffice));
        });
        d.show(ctx.window());
        return d;
    }
}
