package dev.mailroom.app.rbl;

import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.core.dns.rbl.RblMode;
import dev.mailroom.core.dns.rbl.RblPresets;
import dev.mailroom.core.dns.rbl.RblProvider;
import dev.mailroom.core.model.InvalidValueException;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.function.Function;

/**
 * The SMTP connector's "Reverse DNS Blacklisting" and "Security (DNS)" tabs. Opened as their own
 * properties dialog; {@link #addTabs} puts the same tabs into another dialog (the SMTP
 * connector's) when that dialog saves this view model too.
 */
public final class RblPropertiesView {
    private RblPropertiesView() {
    }

    /**
     * The SMTP node's "Reverse DNS Blacklisting…" menu entry: the blacklisting and DNS security
     * tabs are their own dialog (they store their own settings sections), opened from there.
     */
    public static NodeAction action(NodeContext ctx) {
        return NodeAction.other("smtp-rbl", "Reverse DNS Blacklisting…", null, () -> open(ctx));
    }

    /** Loads both settings sections in the background, then shows the dialog. */
    public static void open(NodeContext ctx) {
        ctx.run("Reverse DNS Blacklisting", () -> RblViewModel.Loaded.from(ctx.client()), loaded -> {
            RblViewModel vm = new RblViewModel(ctx.executor(), ctx.client(), loaded);
            PropertiesDialog d = create(vm, ctx);
            d.show(ctx.window());
        });
    }

    public static PropertiesDialog create(RblViewModel vm, NodeContext ctx) {
        PropertiesDialog d = new PropertiesDialog("SMTP - Reverse DNS Blacklisting", vm);
        addTabs(d, vm, ctx);
        return d;
    }

    public static void addTabs(PropertiesDialog d, RblViewModel vm, NodeContext ctx) {
        d.addTab("Reverse DNS Blacklisting", blacklistTab(d, vm, ctx));
        d.addTab("Security (DNS)", securityTab(d, vm));
    }

    private static Node blacklistTab(PropertiesDialog d, RblViewModel vm, NodeContext ctx) {
        ComboBox<RblMode> mode = new ComboBox<>();
        mode.setId("rbl-mode");
        mode.getItems().setAll(RblMode.values());
        mode.valueProperty().bindBidirectional(vm.mode());
        mode.setConverter(Labels.converter(Labels::mode));

        TableView<RblProvider> table = new TableView<>(vm.providers());
        table.setId("rbl-providers");
        table.setPlaceholder(new Label("No blacklist yet: Add… one, or pick a preset"));
        table.getColumns().add(column("Enabled", 70, p -> p.enabled() ? "Yes" : "No"));
        table.getColumns().add(column("Name", 150, RblProvider::name));
        table.getColumns().add(column("Zone", 170, p -> p.zone().isEmpty() ? "(reverse zone)" : p.zone()));
        table.getColumns().add(column("Type", 45, p -> p.recordType().name()));
        table.getColumns().add(column("DNS server", 125, p -> p.dnsServer().isEmpty() ? "(system)" : p.dnsServer()));
        table.getColumns().add(column("Listed codes", 150, p -> p.listedCodes().isEmpty() ? "(any)" : String.join(", ", p.listedCodes())));
        table.getColumns().add(column("Action", 70, p -> switch (p.action()) {
            case REJECT -> "Refuse";
            case MARK -> "Mark";
            case LOG -> "Log";
        }));
        table.setPrefHeight(170);
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<RblProvider> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(vm, ctx, row.getIndex());
                }
            });
            return row;
        });

        Button add = new Button("_Add…");
        add.setId("rbl-add");
        add.setOnAction(e -> open("Add Blacklist", new RblProviderViewModel(ctx.executor(), null, p -> {
            if (!vm.add(p)) {
                throw new InvalidValueException("name", "There is already a blacklist named '" + p.name() + "'");
            }
        }), ctx));
        Button edit = new Button("_Edit…");
        edit.setId("rbl-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(vm, ctx, table.getSelectionModel().getSelectedIndex()));
        Button toggle = new Button("Enable/_Disable");
        toggle.setId("rbl-toggle");
        toggle.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        toggle.setOnAction(e -> {
            int i = table.getSelectionModel().getSelectedIndex();
            RblProvider p = vm.providers().get(i);
            vm.replace(i, p.withEnabled(!p.enabled()));
            table.getSelectionModel().select(i);
        });
        Button remove = new Button("_Remove");
        remove.setId("rbl-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(table.getSelectionModel().getSelectedIndex()));
        MenuButton presets = new MenuButton("_Presets");
        presets.setId("rbl-presets");
        for (RblProvider preset : RblPresets.all()) {
            MenuItem item = new MenuItem(preset.name() + " (" + preset.zone() + ")");
            item.setId("rbl-preset-" + preset.zone());
            item.setOnAction(e -> vm.add(preset));
            presets.getItems().add(item);
        }
        MenuItem all = new MenuItem("All of the above (added disabled)");
        all.setId("rbl-preset-all");
        all.setOnAction(e -> vm.addPresets(RblPresets.all()));
        presets.getItems().addAll(new SeparatorMenuItem(), all);
        Button test = new Button("_Test…");
        test.setId("rbl-test");
        test.setOnAction(e -> new RblTestDialog(new RblTestViewModel(ctx.executor(), ctx.client(), vm::rblSettings))
                .show(d.dialog().getDialogPane().getScene().getWindow()));
        HBox buttons = new HBox(6, add, edit, toggle, remove, presets, test);

        TextField timeout = new TextField();
        timeout.setId("rbl-timeout");
        timeout.textProperty().bindBidirectional(vm.timeoutMillis().textProperty());
        TextField publicIp = new TextField();
        publicIp.setId("rbl-public-address");
        publicIp.setPromptText("For \"Check this server\": the address other servers see");
        publicIp.textProperty().bindBidirectional(vm.publicAddress().textProperty());

        Label note = new Label("Presets are added disabled: read each list's terms of use before enabling it. "
                + "A list that does not answer in time never stops mail.");
        note.setWrapText(true);
        note.setStyle("-fx-text-fill: #555;");
        VBox providers = new VBox(6, table, buttons, note);
        VBox.setVgrow(table, Priority.ALWAYS);
        return new FormGrid(d.decorations())
                .add("_Mode:", mode)
                .addWide(providers)
                .add("Lookup _timeout (ms):", timeout, vm.timeoutMillis())
                .add("This server's public _IP:", publicIp, vm.publicAddress())
                .node();
    }

    private static Node securityTab(PropertiesDialog d, RblViewModel vm) {
        CheckBox invalidDomain = new CheckBox("Reject mail if the sender's domain is _invalid (no MX, A or AAAA record)");
        invalidDomain.setId("dns-reject-invalid-domain");
        invalidDomain.selectedProperty().bindBidirectional(vm.rejectInvalidSenderDomain());
        CheckBox ptr = new CheckBox("Require a _PTR record for the client's IP address");
        ptr.setId("dns-require-ptr");
        ptr.selectedProperty().bindBidirectional(vm.requirePtr());
        CheckBox helo = new CheckBox("PTR must _match the HELO name (and resolve back to the client)");
        helo.setId("dns-ptr-match-helo");
        helo.selectedProperty().bindBidirectional(vm.ptrMustMatchHelo());
        helo.disableProperty().bind(vm.requirePtr().not());
        helo.setPadding(new Insets(0, 0, 0, 22));
        TextField server = new TextField();
        server.setId("dns-server");
        server.setPromptText("Empty: the system's resolvers");
        server.textProperty().bindBidirectional(vm.dnsServer().textProperty());
        Label note = new Label("Use your own DNS server (article 24): public resolvers are refused by some blacklists. "
                + "A DNS timeout answers 4xx, so the sender tries again later.");
        note.setWrapText(true);
        note.setStyle("-fx-text-fill: #555;");
        return new FormGrid(d.decorations())
                .addWide(invalidDomain)
                .addWide(ptr)
                .addWide(helo)
                .add("_DNS server:", server, vm.dnsServer())
                .addWide(note)
                .node();
    }

    private static void edit(RblViewModel vm, NodeContext ctx, int index) {
        if (index < 0) {
            return;
        }
        open("Edit Blacklist", new RblProviderViewModel(ctx.executor(), vm.providers().get(index), p -> {
            if (!vm.replace(index, p)) {
                throw new InvalidValueException("name", "There is already a blacklist named '" + p.name() + "'");
            }
        }), ctx);
    }

    private static void open(String title, RblProviderViewModel pvm, NodeContext ctx) {
        RblProviderDialog.create(title, pvm).show(ctx.window());
    }

    private static TableColumn<RblProvider, String> column(String title, double width, Function<RblProvider, String> value) {
        TableColumn<RblProvider, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return c;
    }
}
