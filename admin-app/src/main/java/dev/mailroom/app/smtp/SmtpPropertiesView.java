package dev.mailroom.app.smtp;

import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.core.access.AccessMode;
import dev.mailroom.core.tls.TlsSettings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * SMTP Properties: General (ports, greeting, TLS certificate), Inbound (limits), Relay (with
 * a loud warning for an open relay and the Test relay… button), Access Control, Security,
 * Logging. Controls only; everything else is {@link SmtpPropertiesViewModel}.
 */
public final class SmtpPropertiesView {
    private final SmtpPropertiesViewModel vm;
    private final PropertiesDialog dialog;
    private final NodeContext ctx;

    public SmtpPropertiesView(SmtpPropertiesViewModel vm, NodeContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
        this.dialog = new PropertiesDialog("SMTP Properties", vm);
        dialog.addTab("General", general());
        dialog.addTab("Inbound", inbound());
        dialog.addTab("Relay", relay());
        dialog.addTab("Access Control", access());
        dialog.addTab("Security", security());
        dialog.addTab("Logging", logging());
    }

    /** Loads the settings in the background, then shows the dialog. */
    public static void open(NodeContext ctx) {
        ctx.run("Load SMTP settings", () -> SmtpSettingsBundle.load(ctx.client()), bundle -> {
            SmtpPropertiesView v = new SmtpPropertiesView(new SmtpPropertiesViewModel(ctx.executor(), ctx.client(), bundle), ctx);
            v.dialog().onSaved(() -> ctx.refreshView(SmtpNode.ID)).show(ctx.window());
        });
    }

    public PropertiesDialog dialog() {
        return dialog;
    }

    private Node general() {
        FormGrid g = new FormGrid(dialog.decorations());
        g.add("_Greeting:", text("smtp-greeting", vm.greeting), vm.greeting);
        g.add("_Bind address:", text("smtp-bind", vm.bindAddress), vm.bindAddress);
        g.addWide(check("smtp-port-enabled", "SMTP port (25): mail from servers and clients", vm.smtpEnabled));
        g.add("_Port:", text("smtp-port", vm.port), vm.port);
        g.addWide(check("smtp-submission-enabled", "Submission port (587): clients, authentication required", vm.submissionEnabled));
        g.add("Su_bmission port:", text("smtp-submission-port", vm.submissionPort), vm.submissionPort);
        g.addWide(check("smtp-smtps-enabled", "Implicit TLS port (465)", vm.smtpsEnabled));
        g.add("_TLS port:", text("smtp-smtps-port", vm.smtpsPort), vm.smtpsPort);
        g.addWide(check("smtp-auth-cleartext", "Allow authentication without TLS (not recommended; 127.0.0.1 always may)",
                vm.allowAuthWithoutTls));
        ComboBox<TlsSettings.Source> source = new ComboBox<>();
        source.setId("tls-source");
        source.getItems().setAll(TlsSettings.Source.values());
        source.valueProperty().bindBidirectional(vm.tlsSource);
        g.add("C_ertificate:", source);
        g.add("Host name:", text("tls-host", vm.tlsHostName), vm.tlsHostName);
        g.add("PEM certificate file:", text("tls-cert-file", vm.certificateFile), vm.certificateFile);
        g.add("PEM key file:", text("tls-key-file", vm.keyFile), vm.keyFile);
        g.add("PKCS#12 file:", text("tls-p12-file", vm.pkcs12File), vm.pkcs12File);
        PasswordField p12 = new PasswordField();
        p12.setId("tls-p12-password");
        p12.textProperty().bindBidirectional(vm.pkcs12Password.textProperty());
        g.add("PKCS#12 password:", p12, vm.pkcs12Password);
        Label cert = new Label(vm.certificateDescription());
        cert.setId("tls-in-use");
        cert.setWrapText(true);
        g.add("In use:", cert);
        return g.node();
    }

    private Node inbound() {
        FormGrid g = new FormGrid(dialog.decorations());
        g.add("Max _connections:", text("smtp-max-connections", vm.maxConnections), vm.maxConnections);
        g.add("Max message _size (KB):", text("smtp-max-size", vm.maxMessageSizeKb), vm.maxMessageSizeKb);
        g.add("Max _recipients:", text("smtp-max-recipients", vm.maxRecipients), vm.maxRecipients);
        g.add("Co_mmand timeout (s):", text("smtp-command-timeout", vm.commandTimeoutSeconds), vm.commandTimeoutSeconds);
        g.add("_Data timeout (s):", text("smtp-data-timeout", vm.dataTimeoutSeconds), vm.dataTimeoutSeconds);
        g.addWide(new Label("Saving restarts the SMTP listeners: connections in progress are closed."));
        return g.node();
    }

    private Node relay() {
        Label warning = new Label("WARNING: this server will relay mail for anyone on the internet. "
                + "Spammers find open relays within hours and the server's address gets blacklisted (articles 12, 29).");
        warning.setId("relay-open-warning");
        warning.setWrapText(true);
        warning.setStyle("-fx-background-color: #b00020; -fx-text-fill: white; -fx-font-weight: bold; -fx-padding: 8;");
        warning.visibleProperty().bind(vm.openRelay());
        warning.managedProperty().bind(warning.visibleProperty());
        Label queue = new Label("Relayed messages go to the outbound queue (" + vm.queuedForRemoteDelivery()
                + " waiting now); Agents > MTA delivers them and shows the queue.");
        queue.setId("relay-remote-queue");
        queue.setWrapText(true);
        FormGrid g = new FormGrid(dialog.decorations());
        g.addWide(warning);
        g.addWide(check("relay-enabled", "Allow relaying (off refuses every relay)", vm.relayEnabled));
        g.addWide(check("relay-authenticated", "Allow relay for authenticated senders", vm.allowAuthenticated));
        g.addWide(check("relay-privileged", "Allow relay for privileged IP ranges", vm.allowPrivilegedRanges));
        TextArea ranges = area("relay-ranges", vm.privilegedRanges);
        g.add("Privileged _IPs (one per line):", ranges, vm.privilegedRanges);
        g.addWide(check("relay-local-senders", "Allow relay for local sender addresses (not recommended)", vm.allowLocalSenders));
        g.addWide(check("relay-anyone", "Allow relay for anybody (open relay)", vm.allowAnyone));
        g.addWide(check("relay-force-inbound", "Force inbound resolution (refuse unknown local recipients)",
                vm.forceInboundResolution));
        Button test = new Button("_Test relay…");
        test.setId("relay-test");
        test.setOnAction(e -> RelayTestView.open(ctx));
        g.addWide(test);
        g.addWide(queue);
        return g.node();
    }

    private Node access() {
        ToggleGroup group = new ToggleGroup();
        RadioButton deny = new RadioButton("Deny the listed addresses");
        deny.setId("access-deny-listed");
        RadioButton allow = new RadioButton("Allow only the listed addresses");
        allow.setId("access-allow-only");
        deny.setToggleGroup(group);
        allow.setToggleGroup(group);
        (vm.accessMode.get() == AccessMode.ALLOW_ONLY_LISTED ? allow : deny).setSelected(true);
        group.selectedToggleProperty().addListener((o, old, now) ->
                vm.accessMode.set(now == allow ? AccessMode.ALLOW_ONLY_LISTED : AccessMode.DENY_LISTED));
        FormGrid g = new FormGrid(dialog.decorations());
        g.addWide(new VBox(4, deny, allow));
        g.add("_Addresses (192.168.0.*, 10.0.0.0/8):", area("access-patterns", vm.accessPatterns), vm.accessPatterns);
        g.addWide(new Label("A refused client gets 554 before the greeting; it is logged."));
        return g.node();
    }

    private Node security() {
        FormGrid g = new FormGrid(dialog.decorations());
        g.addWide(check("sec-own-address", "Authenticated senders must use one of their own addresses",
                vm.authenticatedMustUseOwnAddress));
        g.addWide(check("sec-local-auth", "Senders from local addresses must authenticate", vm.localSendersMustAuthenticate));
        g.addWide(check("sec-literals", "Accept domain literals ([1.2.3.4]) as recipients", vm.acceptDomainLiterals));
        g.addWide(check("sec-no-catchall", "Disable catch-all mailboxes on every domain", vm.disableCatchAlls));
        return g.node();
    }

    private Node logging() {
        FormGrid g = new FormGrid(dialog.decorations());
        g.addWide(check("log-activity", "Activity log (SMTP-Activity-YYMMDD.log)", vm.activityLog));
        g.addWide(check("log-debug", "Debug log (SMTP-Debug-YYMMDD.log): relay decisions", vm.debugLog));
        g.addWide(check("log-w3c", "W3C log (SMTP-W3C-YYMMDD.log)", vm.w3cLog));
        VBox box = new VBox(g.node());
        box.setPadding(new Insets(0));
        return box;
    }

    private static TextField text(String id, ValidatedField field) {
        TextField t = new TextField();
        bind(t, id, field);
        return t;
    }

    private static TextArea area(String id, ValidatedField field) {
        TextArea t = new TextArea();
        t.setPrefRowCount(4);
        bind(t, id, field);
        return t;
    }

    private static void bind(TextInputControl c, String id, ValidatedField field) {
        c.setId(id);
        c.textProperty().bindBidirectional(field.textProperty());
    }

    private static CheckBox check(String id, String text, BooleanProperty p) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(p);
        return c;
    }
}
