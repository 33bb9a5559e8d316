package dev.mailroom.app.domain;

import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.app.postoffice.PostOfficeIds;
import dev.mailroom.app.tree.NodeContext;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The New Domain dialog. */
public final class NewDomainView {
    public static final KeyCombination KEY = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private NewDomainView() {
    }

    public static PropertiesDialog open(NodeContext ctx, String postOffice) {
        NewDomainViewModel vm = new NewDomainViewModel(ctx.executor(), ctx.client(), postOffice);
        PropertiesDialog d = new PropertiesDialog("New Domain — " + postOffice, vm, false);
        TextField name = new TextField();
        name.setId("new-domain-name");
        name.setPromptText("e.g. example.com");
        name.textProperty().bindBidirectional(vm.name().textProperty());
        Label note = new Label("Every mailbox of " + postOffice + " gets an address in the new domain.");
        note.setStyle("-fx-text-fill: #555;");
        d.addTab("Domain", new FormGrid(d.decorations()).add("_Domain name:", name, vm.name()).addWide(note).node());
        d.onSaved(() -> {
            ctx.reloadChildren(PostOfficeIds.POST_OFFICES);
            ctx.refreshView(PostOfficeIds.domains(postOffice));
            ctx.select(PostOfficeIds.domains(postOffice));
        });
        d.show(ctx.window());
        return d;
    }
}
