package dev.mailroom.app.mta;

import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.core.mta.MtaClient;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/** MTA Properties: Delivery (threads, retry schedule, lifetime, notifications) and Smart Host. */
public final class MtaPropertiesView {
    private final MtaPropertiesViewModel vm;
    private final PropertiesDialog dialog;

    public MtaPropertiesView(MtaPropertiesViewModel vm) {
        this.vm = vm;
        this.dialog = new PropertiesDialog("MTA Properties", vm);
        dialog.addTab("Delivery", delivery());
        dialog.addTab("Smart Host", smartHost());
    }

    /** Loads the settings in the background, then shows the dialog. */
    public static void open(NodeContext ctx) {
        MtaClient client = new MtaClient(ctx.client());
        ctx.run("Load MTA settings", client::settings, s -> new MtaPropertiesView(new MtaPropertiesViewModel(ctx.executor(), client, s))
                .dialog().onSaved(() -> ctx.refreshView(MtaNode.ID)).show(ctx.window()));
    }

    public PropertiesDialog dialog() {
        return dialog;
    }

    private Node delivery() {
        FormGrid g = new FormGrid(dialog.decorations());
        g.add("MTA _threads (messages at once):", text("mta-threads", vm.threads), vm.threads);
        g.add("_Connections per destination:", text("mta-per-destination", vm.perDestinationLimit), vm.perDestinationLimit);
        g.add("_Retry after (minutes):", text("mta-retry-minutes", vm.retryMinutes), vm.retryMinutes);
        g.add("Then retry _every (minutes):", text("mta-retry-every", vm.retryEveryMinutes), vm.retryEveryMinutes);
        g.add("Message _lifetime (hours):", text("mta-lifetime", vm.lifetimeHours), vm.lifetimeHours);
        g.add("_Delay notice after (hours, 0 = none):", text("mta-delay-notice", vm.delayNoticeHours), vm.delayNoticeHours);
        CheckBox ndr = new CheckBox("Do _not send non-delivery reports (NDRs)");
        ndr.setId("mta-suppress-ndrs");
        ndr.selectedProperty().bindBidirectional(vm.suppressNdrs);
        g.addWide(ndr);
        Label why = new Label("Reports go only to senders this server verified (logged in, or a privileged IP), "
                + "never to <>: a bounce to a forged sender is backscatter (article 12).");
        why.setWrapText(true);
        g.addWide(why);
        return g.node();
    }

    private Node smartHost() {
        FormGrid g = new FormGrid(dialog.decorations());
        Label what = new Label("Send all remote mail through this host instead of the recipients' MX servers "
                + "(leave the host empty to deliver directly).");
        what.setWrapText(true);
        g.addWide(what);
        g.add("_Host:", text("mta-smarthost-host", vm.smartHost), vm.smartHost);
        g.add("_Port:", text("mta-smarthost-port", vm.smartHostPort), vm.smartHostPort);
        g.add("_User (empty: no AUTH):", text("mta-smarthost-user", vm.smartHostUser), vm.smartHostUser);
        PasswordField pw = new PasswordField();
        bind(pw, "mta-smarthost-password", vm.smartHostPassword);
        g.add("Pass_word:", pw, vm.smartHostPassword);
        ComboBox<String> tls = new ComboBox<>();
        tls.setId("mta-smarthost-tls");
        tls.getItems().addAll("OPPORTUNISTIC", "REQUIRED", "NONE");
        tls.valueProperty().bindBidirectional(vm.smartHostTls);
        g.add("_TLS:", tls);
        return g.node();
    }

    private static TextField text(String id, ValidatedField field) {
        TextField t = new TextField();
        bind(t, id, field);
        return t;
    }

    private static void bind(TextInputControl c, String id, ValidatedField field) {
        c.setId(id);
        c.textProperty().bindBidirectional(field.textProperty());
    }
}
