package dev.mailroom.app.antivirus;

import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import dev.mailroom.core.antivirus.AntivirusClient;
import dev.mailroom.core.antivirus.AntivirusSettings;
import dev.mailroom.core.antivirus.ClamdSettings;
import dev.mailroom.core.antivirus.CommandLineScannerSettings;
import dev.mailroom.core.antivirus.QuarantineEntry;
import dev.mailroom.core.antivirus.ScannerStatus;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Filters > Antivirus: the scanners with their state and their properties, "Send test virus"
 * with its outcome, and the quarantine (view headers, release, delete). Controls only; see
 * {@link AntivirusViewModel}.
 */
public final class AntivirusView implements NodeView {
    private final AntivirusViewModel vm;
    private final NodeContext ctx;
    private final BorderPane root = new BorderPane();
    private final TableView<ScannerStatus> scanners = new TableView<>();
    private final TableView<QuarantineEntry> quarantine = new TableView<>();
    private final TabPane tabs = new TabPane();

    public AntivirusView(AntivirusViewModel vm, NodeContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
        Label title = new Label("Antivirus");
        title.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        Label state = new Label();
        state.setId("av-state");
        state.textProperty().bind(vm.filterStateProperty());
        VBox head = new VBox(2, title, state);
        head.setPadding(new Insets(8));
        root.setTop(head);
        Tab scannerTab = new Tab("Scanners", scannersPane());
        scannerTab.setId("av-tab-scanners");
        Tab quarantineTab = new Tab("Quarantine", quarantinePane());
        quarantineTab.setId("av-tab-quarantine");
        tabs.getTabs().setAll(scannerTab, quarantineTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        Label message = new Label();
        message.setId("av-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.setPadding(new Insets(4, 8, 8, 8));
        root.setBottom(message);
        vm.refresh();
    }

    /** The pane's tabs, so a test can show the quarantine. */
    public TabPane tabs() {
        return tabs;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        vm.refresh();
    }

    private Node scannersPane() {
        scanners.setId("av-scanners");
        scanners.setItems(vm.scanners());
        scanners.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        scanners.getColumns().add(column("Scanner", ScannerStatus::name, 110));
        scanners.getColumns().add(column("Type", s -> s.kind().equals("clamd") ? "ClamAV daemon" : "Command line", 110));
        scanners.getColumns().add(column("Enabled", s -> s.enabled() ? "Yes" : "No", 60));
        scanners.getColumns().add(column("State", s -> s.reachable() ? "Reachable" : "Unreachable", 90));
        scanners.getColumns().add(column("Version", ScannerStatus::version, 100));
        scanners.getColumns().add(column("Signatures", ScannerStatus::signatureDate, 120));
        scanners.getColumns().add(column("Detail", ScannerStatus::detail, 200));
        scanners.setPlaceholder(new Label("No scanner configured"));
        scanners.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<ScannerStatus>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openScanner(row.getItem());
                }
            });
            return row;
        });

        Button refresh = button("av-refresh", "_Refresh", vm::refresh);
        Button props = button("av-properties", "Filter _properties…", () -> AntivirusPropertiesView.open(ctx));
        Button scannerProps = button("av-scanner-properties", "_Scanner properties…",
                () -> openScanner(scanners.getSelectionModel().getSelectedItem()));
        scannerProps.disableProperty().bind(scanners.getSelectionModel().selectedItemProperty().isNull());
        Button addClamd = button("av-add-clamd", "Add ClamAV _daemon…", () -> openClamd(ClamdSettings.debianDefault(), -1));
        Button addCl = button("av-add-command-line", "Add _command-line scanner…",
                () -> openCommandLine(CommandLineScannerSettings.clamscanTemplate("Queues/Scan"), -1));
        HBox buttons = new HBox(6, refresh, props, scannerProps, addClamd, addCl);

        TextField recipient = new TextField();
        recipient.setId("av-test-recipient");
        recipient.setPromptText("a local address, e.g. postmaster@example.com");
        recipient.textProperty().bindBidirectional(vm.testRecipientProperty());
        HBox.setHgrow(recipient, Priority.ALWAYS);
        Button send = button("av-send-test", "Send _test virus", vm::sendTestVirus);
        send.disableProperty().bind(vm.busyProperty().or(recipient.textProperty().isEmpty()));
        Label to = new Label("Send the EICAR test string to:");
        HBox test = new HBox(6, to, recipient, send);
        to.setMinWidth(Label.USE_PREF_SIZE);
        Label result = new Label();
        result.setId("av-test-result");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.textProperty().bind(Bindings.createStringBinding(() -> vm.testResultProperty().get() == null ? ""
                : AntivirusViewModel.summary(vm.testResultProperty().get()), vm.testResultProperty()));
        Label how = new Label("The test message goes through this server's own SMTP port like any client's mail, "
                + "so the answer covers listener, policy, filter and delivery.");
        how.setWrapText(true);
        how.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, scanners, buttons, new Label("Send test virus"), how, test, result);
        VBox.setVgrow(scanners, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node quarantinePane() {
        quarantine.setId("av-quarantine");
        quarantine.setItems(vm.quarantine());
        quarantine.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        quarantine.getColumns().add(column("Quarantined", e -> e.quarantinedAt().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z"), 150));
        quarantine.getColumns().add(column("Virus", QuarantineEntry::virusName, 170));
        quarantine.getColumns().add(column("Sender", e -> "<" + e.sender() + ">", 140));
        quarantine.getColumns().add(column("Recipients", e -> String.join(", ", e.recipients()), 140));
        quarantine.getColumns().add(column("Size", e -> e.size() + " B", 70));
        quarantine.getColumns().add(column("Message id", QuarantineEntry::messageId, 190));
        quarantine.setPlaceholder(new Label("The quarantine is empty"));
        var selected = quarantine.getSelectionModel().selectedItemProperty();
        Button headers = button("av-q-headers", "View _headers…", () -> vm.headers(selected.get(), this::showHeaders));
        Button release = button("av-q-release", "R_elease to recipients", () -> {
            QuarantineEntry e = selected.get();
            if (ctx.dialogs().confirm("Release message", "Deliver " + e.messageId() + " with virus " + e.virusName()
                    + " to its recipients?", String.join(", ", e.recipients()))) {
                vm.release(e);
            }
        });
        Button delete = button("av-q-delete", "_Delete…", () -> {
            QuarantineEntry e = selected.get();
            if (ctx.dialogs().confirm("Delete message", "Delete quarantined message " + e.messageId() + "?", e.virusName())) {
                vm.delete(e);
            }
        });
        for (Button b : new Button[] {headers, release, delete}) {
            b.disableProperty().bind(selected.isNull().or(vm.busyProperty()));
        }
        VBox box = new VBox(8, quarantine, new HBox(6, headers, release, delete));
        VBox.setVgrow(quarantine, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private void showHeaders(String text) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Message headers");
        TextArea area = new TextArea(text);
        area.setId("av-headers-text");
        area.setEditable(false);
        area.setPrefColumnCount(80);
        area.setPrefRowCount(18);
        d.getDialogPane().setContent(area);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (ctx.window() != null) {
            d.initOwner(ctx.window());
        }
        d.show();
    }

    private void openScanner(ScannerStatus row) {
        if (row == null) {
            return;
        }
        int index = indexOfKind(row);
        AntivirusClient client = new AntivirusClient(ctx.client());
        ctx.run("Load antivirus settings", client::settings, (AntivirusSettings s) -> {
            if (row.kind().equals("clamd")) {
                openClamd(s.clamd().get(index), index);
            } else {
                openCommandLine(s.commandLine().get(index), index);
            }
        });
    }

    /** The rows list the clamd scanners, then the command-line ones, each in settings order. */
    private int indexOfKind(ScannerStatus row) {
        int n = 0;
        for (ScannerStatus s : vm.scanners()) {
            if (s == row) {
                return n;
            }
            if (s.kind().equals(row.kind())) {
                n++;
            }
        }
        return -1;
    }

    void openClamd(ClamdSettings s, int index) {
        new ClamdScannerView(new ClamdScannerViewModel(ctx.executor(), new AntivirusClient(ctx.client()), s, index))
                .dialog().onSaved(vm::refresh).show(ctx.window());
    }

    void openCommandLine(CommandLineScannerSettings s, int index) {
        new CommandLineScannerView(new CommandLineScannerViewModel(ctx.executor(), new AntivirusClient(ctx.client()), s, index))
                .dialog().onSaved(vm::refresh).show(ctx.window());
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
