package dev.mailroom.app.postoffice;

import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.core.api.PostOfficeDto;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;

/** The post office properties dialog; later issues add tabs next to General. */
public final class PostOfficePropertiesView {
    private PostOfficePropertiesView() {
    }

    public static PropertiesDialog open(NodeContext ctx, PostOfficeDto po) {
        PostOfficePropertiesViewModel vm = new PostOfficePropertiesViewModel(ctx.executor(), ctx.client(), po);
        PropertiesDialog d = new PropertiesDialog("Post Office Properties — " + po.name(), vm);
        TextField name = new TextField(po.name());
        name.setId("postoffice-name");
        name.setEditable(false);
        name.setFocusTraversable(false);
        CheckBox enabled = new CheckBox("_Enabled (a disabled post office receives no mail and allows no logins)");
        enabled.setId("postoffice-enabled");
        enabled.selectedProperty().bindBidirectional(vm.enabledProperty());
        TextField boundIp = new TextField();
        boundIp.setId("postoffice-boundip");
        boundIp.setPromptText("optional, e.g. 192.0.2.10");
        boundIp.textProperty().bindBidirectional(vm.boundIp().textProperty());
        d.addTab("General", new FormGrid(d.decorations())
                .add("Name:", name)
                .addWide(enabled)
                .add("_Bound IP address:", boundIp, vm.boundIp())
                .node());
        d.onSaved(() -> {
            ctx.reloadChildren(PostOfficeIds.POST_OFFICES);
            ctx.refreshView(PostOfficeIds.POST_OFFICES);
        });
        d.show(ctx.window());
        return d;
    }
}
