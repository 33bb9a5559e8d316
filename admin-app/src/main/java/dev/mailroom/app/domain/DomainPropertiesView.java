package dev.mailroom.app.domain;

import dev.mailroom.app.common.FieldDecorations;
import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.app.postoffice.PostOfficeIds;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.core.api.DomainDto;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The domain properties dialog: General and Blacklists. */
public final class DomainPropertiesView {
    private DomainPropertiesView() {
    }

    public static PropertiesDialog open(NodeContext ctx, DomainDto domain) {
        DomainPropertiesViewModel vm = new DomainPropertiesViewModel(ctx.executor(), ctx.client(), domain);
        PropertiesDialog d = new PropertiesDialog("Domain Properties — " + domain.name(), vm);
        d.addTab("General", general(d, vm));
        d.addTab("Blacklists", blacklists(d.decorations(), vm));
        d.onSaved(() -> ctx.refreshView(PostOfficeIds.domains(domain.postOffice())));
        d.show(ctx.window());
        return d;
    }

    static Node general(PropertiesDialog d, DomainPropertiesViewModel vm) {
        CheckBox enabled = new CheckBox("_Enabled (a disabled domain refuses mail to its addresses)");
        enabled.setId("domain-enabled");
        enabled.selectedProperty().bindBidirectional(vm.enabledProperty());
        TextField catchAll = field("domain-catchall", "mailbox name, empty for none", vm.catchAll().textProperty());
        TextField abuse = field("domain-abuse", "address, empty for none", vm.abuseRedirect().textProperty());
        TextField postmaster = field("domain-postmaster", "address, empty for none", vm.postmasterRedirect().textProperty());
        return new FormGrid(d.decorations())
                .add("Domain:", readOnly(vm.domain()))
                .addWide(enabled)
                .add("_Catch-all mailbox:", catchAll, vm.catchAll())
                .add("_abuse@ goes to:", abuse, vm.abuseRedirect())
                .add("_postmaster@ goes to:", postmaster, vm.postmasterRedirect())
                .node();
    }

    static Node blacklists(FieldDecorations decorations, DomainPropertiesViewModel vm) {
        Label intro = new Label("Senders from these domains may not send to " + vm.domain()
                + ". A mask such as *.com.au covers every domain below com.au.");
        intro.setWrapText(true);
        ListView<String> list = new ListView<>(vm.blacklist());
        list.setId("blacklist-list");
        list.setPrefHeight(180);
        TextField mask = field("blacklist-mask", "example.com or *.com.au", vm.mask().textProperty());
        Label reason = decorations.bind(vm.mask(), mask);
        Button add = new Button("_Add");
        add.setId("blacklist-add");
        add.setOnAction(e -> vm.addMask());
        add.disableProperty().bind(vm.mask().textProperty().isEmpty());
        // Enter in this field adds what was typed; with the field empty it is OK, as everywhere.
        mask.setOnAction(e -> {
            if (!mask.getText().isBlank()) {
                e.consume();
                vm.addMask();
            }
        });
        Button edit = new Button("_Replace");
        edit.setId("blacklist-replace");
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> vm.replaceMask(list.getSelectionModel().getSelectedIndex()));
        Button remove = new Button("Re_move");
        remove.setId("blacklist-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeMask(list.getSelectionModel().getSelectedIndex()));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.mask().setText(now); // Edit: the selected mask comes into the field, Replace puts it back
            }
        });
        HBox.setHgrow(mask, Priority.ALWAYS);
        HBox row = new HBox(6, mask, add, edit, remove);
        VBox box = new VBox(8, intro, list, row, reason);
        box.setPadding(new Insets(12));
        return box;
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private static TextField readOnly(String value) {
        TextField f = new TextField(value);
        f.setEditable(false);
        f.setFocusTraversable(false);
        return f;
    }
}
