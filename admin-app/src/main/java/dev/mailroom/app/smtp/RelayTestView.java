package dev.mailroom.app.smtp;

import dev.mailroom.app.common.FieldDecorations;
import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.core.smtp.RelayTestResult;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The "Test relay…" dialog: client IP, authenticated or not (as which login), sender and
 * recipient in; verdict, reply and the server's exact debug lines out.
 */
public final class RelayTestView {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final RelayTestViewModel vm;

    public RelayTestView(RelayTestViewModel vm) {
        this.vm = vm;
        FieldDecorations decorations = new FieldDecorations();
        FormGrid g = new FormGrid(decorations);
        g.add("_Client IP:", field("rt-client-ip", vm.clientIp.textProperty()), vm.clientIp);
        CheckBox auth = new CheckBox("Client has _authenticated as:");
        auth.setId("rt-authenticated");
        auth.selectedProperty().bindBidirectional(vm.authenticated);
        TextField login = field("rt-login", vm.authenticatedAs.textProperty());
        login.disableProperty().bind(vm.authenticated.not());
        g.addWide(auth);
        g.add("Login name:", login, vm.authenticatedAs);
        g.add("_Sender:", field("rt-sender", vm.sender.textProperty()), vm.sender);
        g.add("_Recipient:", field("rt-recipient", vm.recipient.textProperty()), vm.recipient);
        Button run = new Button("_Test");
        run.setId("rt-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.busyProperty());
        run.setOnAction(e -> vm.run());
        g.addWide(run);
        Label verdict = new Label();
        verdict.setId("rt-verdict");
        verdict.setStyle("-fx-font-weight: bold;");
        TextArea lines = new TextArea();
        lines.setId("rt-log");
        lines.setEditable(false);
        lines.setPrefRowCount(6);
        lines.setStyle("-fx-font-family: monospace;");
        vm.resultProperty().addListener((o, old, r) -> {
            verdict.setText(r == null ? "" : describe(r));
            verdict.setStyle("-fx-font-weight: bold; -fx-text-fill: " + (r != null && r.accepted() ? "#1b5e20" : "#b00020") + ";");
            lines.setText(r == null ? "" : String.join("\n", r.log()));
        });
        Label failure = new Label();
        failure.setId("rt-failure");
        failure.textProperty().bind(vm.failureProperty());
        g.addWide(verdict);
        g.add("Debug log:", lines);
        g.addWide(failure);
        g.addWide(new Label("Uses the settings saved on the server: press Apply in SMTP Properties to test a change."));
        dialog.setTitle("Test relay");
        dialog.getDialogPane().setContent(new VBox(g.node()));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("relay-test-dialog");
    }

    static String describe(RelayTestResult r) {
        String what = switch (r.verdict()) {
            case "LOCAL" -> "Delivered locally" + (r.mailboxes().isEmpty() ? "" : " to " + String.join(", ", r.mailboxes()));
            case "RELAY" -> "Relayed to " + r.deliverTo();
            default -> "Refused";
        };
        return what + " — server answers: " + r.reply();
    }

    public static void open(NodeContext ctx) {
        RelayTestView v = new RelayTestView(new RelayTestViewModel(ctx.executor(), ctx.client()));
        v.dialog.initOwner(ctx.window());
        v.dialog.show();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }
}
