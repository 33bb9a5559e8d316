package dev.mailroom.app.rbl;

import dev.mailroom.app.common.FieldDecorations;
import dev.mailroom.core.dns.rbl.RblProviderResult;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The view of {@link RblTestViewModel}: IP field, Test and Check this server, a result table. */
public final class RblTestDialog {
    public static final String ID = "rbl-test-dialog";
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public RblTestDialog(RblTestViewModel vm) {
        dialog.setTitle("Test Reverse DNS Blacklisting");
        dialog.setResizable(true);
        dialog.getDialogPane().setId(ID);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);

        FieldDecorations decorations = new FieldDecorations();
        TextField ip = new TextField();
        ip.setId("rbl-test-ip");
        ip.setPromptText("e.g. 192.0.2.1 or 2001:db8::1");
        ip.textProperty().bindBidirectional(vm.ip().textProperty());
        Label ipReason = decorations.bind(vm.ip(), ip);
        Button test = new Button("_Test");
        test.setId("rbl-test-run");
        test.setDefaultButton(true);
        test.disableProperty().bind(vm.busyProperty());
        test.setOnAction(e -> vm.test());
        Button self = new Button("_Check this server");
        self.setId("rbl-test-self");
        self.disableProperty().bind(vm.busyProperty());
        self.setOnAction(e -> vm.checkThisServer());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Label ipLabel = new Label("_IP address:");
        ipLabel.setMnemonicParsing(true);
        ipLabel.setLabelFor(ip);
        HBox.setHgrow(ip, Priority.ALWAYS);
        HBox row = new HBox(8, ipLabel, ip, test, self, busy);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<RblProviderResult> table = new TableView<>(vm.results());
        table.setId("rbl-test-results");
        table.setPlaceholder(new Label("Enter an IP address and press Test"));
        table.getColumns().add(column("Blacklist", 130, r -> r.provider()));
        table.getColumns().add(column("Query", 230, r -> r.query()));
        table.getColumns().add(column("Result", 90, r -> switch (r.outcome()) {
            case LISTED -> "Listed";
            case NOT_LISTED -> "Not listed";
            case TIMEOUT -> "No answer";
            case ERROR -> "Error";
        }));
        table.getColumns().add(column("Answer", 220, r -> r.answers().isEmpty() ? r.detail()
                : String.join(", ", r.answers()) + (r.outcome() == RblProviderResult.Outcome.NOT_LISTED ? " (" + r.detail() + ")" : "")));
        table.getColumns().add(column("ms", 50, r -> String.valueOf(r.elapsedMillis())));
        table.setPrefSize(740, 200);

        Label verdict = new Label();
        verdict.setId("rbl-test-verdict");
        verdict.setWrapText(true);
        verdict.setStyle("-fx-font-weight: bold;");
        verdict.textProperty().bind(vm.verdictProperty());
        Label failure = new Label();
        failure.setId("rbl-test-failure");
        failure.setWrapText(true);
        failure.setStyle("-fx-text-fill: #b00020;");
        failure.textProperty().bind(vm.failureProperty());

        VBox body = new VBox(8, row, ipReason, table, verdict, failure);
        body.setPadding(new Insets(12));
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.getDialogPane().setContent(body);
    }

    private static TableColumn<RblProviderResult, String> column(String title, double width,
                                                                 java.util.function.Function<RblProviderResult, String> value) {
        TableColumn<RblProviderResult, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return c;
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    public void show(Window owner) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        dialog.show();
    }
}
