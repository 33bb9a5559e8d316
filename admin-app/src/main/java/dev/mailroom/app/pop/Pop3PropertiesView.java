package dev.mailroom.app.pop;

import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.core.pop3.Pop3Settings;
import dev.mailroom.core.pop3.Pop3StatusDto;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The POP properties dialog: three tabs over a {@link Pop3PropertiesViewModel}. */
public final class Pop3PropertiesView {
    private static final java.time.format.DateTimeFormatter SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private Pop3PropertiesView() {
    }

    /** Loads the settings in the background, then shows the dialog. */
    public static void open(NodeContext ctx) {
        ctx.run("Open POP properties", () -> ctx.client().getSettings(Pop3Settings.SECTION.name(), Pop3Settings.class),
                settings -> {
                    Pop3PropertiesViewModel vm = new Pop3PropertiesViewModel(ctx.executor(), ctx::client, settings);
                    build(vm).onSaved(() -> ctx.refreshView(Pop3Node.ID)).show(ctx.window());
                });
    }

    /** The dialog, not shown (tests and screenshots build it directly). */
    public static PropertiesDialog build(Pop3PropertiesViewModel vm) {
        PropertiesDialog d = new PropertiesDialog("POP Properties", vm);
        d.addTab("General", general(d, vm));
        d.addTab("Settings", settings(d, vm));
        d.addTab("Auto-ban", autoBan(d, vm));
        vm.refreshBans();
        return d;
    }

    private static VBox general(PropertiesDialog d, Pop3PropertiesViewModel vm) {
        CheckBox plain = check("pop3-port-enabled", "Listen for POP3 (STLS offered when a certificate exists)",
                vm.portEnabledProperty());
        CheckBox tls = check("pop3-tls-enabled", "Listen for POP3 over implicit TLS (POP3S)", vm.tlsPortEnabledProperty());
        FormGrid grid = new FormGrid(d.decorations())
                .addWide(plain)
                .add("_Port:", field("pop3-port", vm.port()), vm.port())
                .addWide(tls)
                .add("_TLS port:", field("pop3-tls-port", vm.tlsPort()), vm.tlsPort())
                .add("_Bind address:", field("pop3-bind", vm.bindAddress()), vm.bindAddress());
        Label note = new Label("Empty bind address: every local address. The certificate is the one the SMTP "
                + "connector uses. The serve command's --pop3-port overrides the port.");
        note.setWrapText(true);
        return pad(grid.node(), note);
    }

    private static VBox settings(PropertiesDialog d, Pop3PropertiesViewModel vm) {
        CheckBox clear = check("pop3-allow-clear-text", "Allow clear-text login before STLS (loopback clients always may)",
                vm.allowClearTextProperty());
        FormGrid grid = new FormGrid(d.decorations())
                .add("_Max connections:", field("pop3-max-connections", vm.maxConnections()), vm.maxConnections())
                .add("_Idle timeout (seconds):", field("pop3-idle-timeout", vm.idleTimeout()), vm.idleTimeout())
                .add("_Failed logins before disconnect:", field("pop3-max-failed", vm.maxFailedLogins()),
                        vm.maxFailedLogins())
                .add("_Alternate @ characters:", field("pop3-alternate-at", vm.alternateAt()), vm.alternateAt())
                .addWide(clear);
        Label note = new Label("Alternate @ characters let clients that cannot type @ log in as mailbox#postoffice.");
        note.setWrapText(true);
        return pad(grid.node(), note);
    }

    private static VBox autoBan(PropertiesDialog d, Pop3PropertiesViewModel vm) {
        CheckBox on = check("pop3-autoban-enabled", "Refuse addresses that keep failing to log in (never loopback)",
                vm.autoBanProperty());
        FormGrid grid = new FormGrid(d.decorations())
                .addWide(on)
                .add("_Failed logins:", field("pop3-ban-failed", vm.banFailedLogins()), vm.banFailedLogins())
                .add("_Within (minutes):", field("pop3-ban-window", vm.banWindow()), vm.banWindow())
                .add("Ban _for (minutes):", field("pop3-ban-minutes", vm.banMinutes()), vm.banMinutes());
        TableView<Pop3StatusDto.BanDto> table = new TableView<>(vm.bans());
        table.setId("pop3-bans");
        table.setPrefHeight(130);
        table.setPlaceholder(new Label("No address is banned"));
        table.getColumns().add(column("Address", Pop3StatusDto.BanDto::address, 130));
        table.getColumns().add(column("Banned since", b -> shown(b.since()), 200));
        table.getColumns().add(column("Until", b -> shown(b.until()), 200));
        table.getColumns().add(column("Failures", b -> Integer.toString(b.failures()), 80));
        Button unban = new Button("_Unban");
        unban.setId("pop3-unban");
        unban.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        unban.setOnAction(e -> vm.unban(table.getSelectionModel().getSelectedItem()));
        Button refresh = new Button("_Refresh");
        refresh.setId("pop3-bans-refresh");
        refresh.setOnAction(e -> vm.refreshBans());
        Label status = new Label();
        status.setId("pop3-ban-status");
        status.textProperty().bind(vm.banStatusProperty());
        HBox buttons = new HBox(8, unban, refresh, status);
        return pad(grid.node(), new Label("Banned now:"), table, buttons);
    }

    private static TableColumn<Pop3StatusDto.BanDto, String> column(String title,
            java.util.function.Function<Pop3StatusDto.BanDto, String> value, double width) {
        TableColumn<Pop3StatusDto.BanDto, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** An ISO instant as a person reads it: {@code 2026-11-26 07:03:42 UTC}. */
    static String shown(String instant) {
        try {
            return SHOWN.format(java.time.Instant.parse(instant));
        } catch (java.time.format.DateTimeParseException e) {
            return instant;
        }
    }

    private static TextField field(String id, ValidatedField f) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(f.textProperty());
        return t;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty p) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(p);
        return c;
    }

    private static VBox pad(javafx.scene.Node... nodes) {
        VBox box = new VBox(6, nodes);
        box.setPadding(new Insets(0, 12, 12, 12));
        return box;
    }
}
