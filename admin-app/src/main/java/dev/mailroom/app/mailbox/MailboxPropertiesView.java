package dev.mailroom.app.mailbox;

import dev.mailroom.app.common.FieldDecorations;
import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.app.postoffice.PostOfficeIds;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.core.api.MailboxDto;
import dev.mailroom.core.model.MailboxType;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The mailbox properties dialog: General, Addresses, Redirection. */
public final class MailboxPropertiesView {
    private MailboxPropertiesView() {
    }

    public static PropertiesDialog open(NodeContext ctx, MailboxDto mailbox) {
        MailboxPropertiesViewModel vm = new MailboxPropertiesViewModel(ctx.executor(), ctx.client(), mailbox);
        PropertiesDialog d = new PropertiesDialog("Mailbox Properties — " + mailbox.name(), vm);
        d.addTab("General", general(d, vm));
        d.addTab("Addresses", listTab(d.decorations(), "address",
                "Mail to these addresses is delivered to " + vm.mailbox() + ".",
                vm.addresses(), vm.newAddress(), vm::addAddress, vm::removeAddress, "alice@example.com"));
        VBox redirection = listTab(d.decorations(), "redirect",
                "Forward every message arriving in " + vm.mailbox() + " to these addresses.",
                vm.redirectTo(), vm.newRedirect(), vm::addRedirect, vm::removeRedirect, "someone@elsewhere.example");
        CheckBox keep = new CheckBox("_Keep a copy in this mailbox");
        keep.setId("mailbox-keep-copy");
        keep.selectedProperty().bindBidirectional(vm.keepLocalCopyProperty());
        redirection.getChildren().add(keep);
        d.addTab("Redirection", redirection);
        d.onSaved(() -> ctx.refreshView(PostOfficeIds.mailboxes(mailbox.postOffice())));
        d.show(ctx.window());
        return d;
    }

    static Node general(PropertiesDialog d, MailboxPropertiesViewModel vm) {
        TextField name = new TextField(vm.mailbox());
        name.setEditable(false);
        name.setFocusTraversable(false);
        PasswordRow password = new PasswordRow("mailbox", vm.password(), d.decorations(), "leave empty to keep the password");
        ComboBox<MailboxType> type = new ComboBox<>();
        type.setId("mailbox-type");
        type.getItems().setAll(MailboxType.values());
        type.valueProperty().bindBidirectional(vm.typeProperty());
        TextField quota = new TextField();
        quota.setId("mailbox-quota");
        quota.textProperty().bindBidirectional(vm.quotaKb().textProperty());
        CheckBox enabled = new CheckBox("_Enabled");
        enabled.setId("mailbox-enabled");
        enabled.selectedProperty().bindBidirectional(vm.enabledProperty());
        CheckBox preventAuth = new CheckBox("Pre_vent authentication (receives mail, cannot log in)");
        preventAuth.setId("mailbox-prevent-auth");
        preventAuth.selectedProperty().bindBidirectional(vm.preventAuthProperty());
        return new FormGrid(d.decorations())
                .add("Mailbox:", name)
                .add("_Password:", password.field, password.node)
                .add("_Type:", type)
                .add("_Quota (KB, 0 = no limit):", quota, vm.quotaKb())
                .addWide(enabled)
                .addWide(preventAuth)
                .node();
    }

    static VBox listTab(FieldDecorations decorations, String id, String intro, ObservableList<String> items,
                        ValidatedField field, BooleanSupplier add, Consumer<String> remove, String prompt) {
        Label text = new Label(intro);
        text.setWrapText(true);
        ListView<String> list = new ListView<>(items);
        list.setId(id + "-list");
        list.setPrefHeight(170);
        TextField input = new TextField();
        input.setId(id + "-input");
        input.setPromptText(prompt);
        input.textProperty().bindBidirectional(field.textProperty());
        Label reason = decorations.bind(field, input);
        Button addButton = new Button("_Add");
        addButton.setId(id + "-add");
        addButton.disableProperty().bind(field.textProperty().isEmpty());
        addButton.setOnAction(e -> add.getAsBoolean());
        // Enter in this field adds what was typed; with the field empty it is OK, as everywhere.
        input.setOnAction(e -> {
            if (!input.getText().isBlank()) {
                e.consume();
                add.getAsBoolean();
            }
        });
        Button removeButton = new Button("Re_move");
        removeButton.setId(id + "-remove");
        removeButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        removeButton.setOnAction(e -> remove.accept(list.getSelectionModel().getSelectedItem()));
        HBox.setHgrow(input, Priority.ALWAYS);
        VBox box = new VBox(8, text, list, new HBox(6, input, addButton, removeButton), reason);
        box.setPadding(new Insets(12));
        return box;
    }
}
