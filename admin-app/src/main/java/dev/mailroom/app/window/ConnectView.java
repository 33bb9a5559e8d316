package dev.mailroom.app.window;

import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The Connect to server dialog. */
public final class ConnectView {
    private ConnectView() {
    }

    public static PropertiesDialog open(ConnectViewModel vm, Window owner) {
        PropertiesDialog d = new PropertiesDialog("Connect to server", vm, false);
        d.header("Connect to a running Mailroom server.\nIts URL and token are in admin.url and admin.token in its data directory.");
        TextField url = new TextField();
        url.setId("connect-url");
        url.setPromptText("http://127.0.0.1:8025");
        url.textProperty().bindBidirectional(vm.url().textProperty());
        PasswordField token = new PasswordField();
        token.setId("connect-token");
        token.textProperty().bindBidirectional(vm.token().textProperty());
        d.addTab("Server", new FormGrid(d.decorations()).add("_URL:", url, vm.url()).add("_Token:", token, vm.token()).node());
        d.show(owner);
        return d;
    }
}
