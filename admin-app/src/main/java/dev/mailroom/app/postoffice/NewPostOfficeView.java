package dev.mailroom.app.postoffice;

import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.app.tree.NodeContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The New Post Office wizard's window. */
public final class NewPostOfficeView {
    private NewPostOfficeView() {
    }

    public static PropertiesDialog open(NodeContext ctx) {
        NewPostOfficeViewModel vm = new NewPostOfficeViewModel(ctx.executor(), ctx.client());
        PropertiesDialog d = new PropertiesDialog("New Post Office", vm, false);
        d.header("A post office holds domains and mailboxes.\nGive it a name and the first domain it serves.");
        TextField name = new TextField();
        name.setId("new-postoffice-name");
        name.setPromptText("e.g. EXAMPLE");
        name.textProperty().bindBidirectional(vm.name().textProperty());
        TextField domain = new TextField();
        domain.setId("new-postoffice-domain");
        domain.setPromptText("e.g. example.com");
        domain.textProperty().bindBidirectional(vm.domain().textProperty());
        CheckBox postmaster = new CheckBox("Create a _postmaster mailbox (its password is generated and shown once)");
        postmaster.setId("new-postoffice-postmaster");
        postmaster.selectedProperty().bindBidirectional(vm.createPostmasterProperty());
        Label note = new Label("Post office names are case-insensitive folder names: letters, digits, - and _.");
        note.setStyle("-fx-text-fill: #555;");
        d.addTab("Post Office", new FormGrid(d.decorations())
                .add("_Name:", name, vm.name())
                .add("First _domain:", domain, vm.domain())
                .addWide(postmaster)
                .addWide(note).node());
        d.onSaved(() -> {
            NewPostOfficeViewModel.Created c = vm.createdProperty().get();
            ctx.reloadChildren(PostOfficeIds.POST_OFFICES);
            ctx.refreshView(PostOfficeIds.POST_OFFICES);
            ctx.select(PostOfficeIds.of(c.postOffice()));
            if (c.postmasterPassword() != null) {
                ctx.dialogs().showSecret("Postmaster password",
                        "The password of " + NewPostOfficeViewModel.POSTMASTER + "@" + c.domain()
                                + ". It is shown only this once: copy it now.", c.postmasterPassword());
            }
        });
        d.show(ctx.window());
        return d;
    }
}
