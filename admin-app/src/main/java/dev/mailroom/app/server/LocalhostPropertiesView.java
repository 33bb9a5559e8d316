package dev.mailroom.app.server;

import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.app.tree.NodeContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The localhost properties dialog. */
public final class LocalhostPropertiesView {
    private LocalhostPropertiesView() {
    }

    public static PropertiesDialog open(NodeContext ctx, LocalhostPropertiesViewModel.Loaded loaded) {
        LocalhostPropertiesViewModel vm = new LocalhostPropertiesViewModel(ctx.executor(), ctx.client(), loaded);
        PropertiesDialog d = new PropertiesDialog("localhost Properties", vm);
        ComboBox<String> po = new ComboBox<>();
        po.setId("localhost-default-postoffice");
        po.setEditable(true);
        po.getItems().add("");
        po.getItems().addAll(vm.postOffices());
        po.getEditor().textProperty().bindBidirectional(vm.defaultPostOffice().textProperty());
        po.setMaxWidth(Double.MAX_VALUE);
        TextField host = new TextField(vm.hostName());
        host.setEditable(false);
        host.setFocusTraversable(false);
        Label note = new Label("A login name without @postoffice (e.g. \"alice\") is looked up in the default post office,\n"
                + "unless it arrives on an IP address bound to another post office. Empty: such logins are refused.");
        note.setStyle("-fx-text-fill: #555;");
        d.addTab("General", new FormGrid(d.decorations())
                .add("_Default post office:", po, vm.defaultPostOffice())
                .add("Host name:", host)
                .addWide(note)
                .node());
        d.onSaved(() -> ctx.refreshView(LocalhostNode.ID));
        d.show(ctx.window());
        return d;
    }
}
