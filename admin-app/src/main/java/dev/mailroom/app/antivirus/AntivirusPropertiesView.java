package dev.mailroom.app.antivirus;

import static dev.mailroom.app.antivirus.Controls.check;
import static dev.mailroom.app.antivirus.Controls.text;

import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.core.antivirus.AntivirusClient;
import dev.mailroom.core.antivirus.AntivirusSettings.InfectedAction;
import dev.mailroom.core.antivirus.AntivirusSettings.ScanFailureAction;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** Antivirus Properties: General and Actions tabs. Controls only; see {@link AntivirusPropertiesViewModel}. */
public final class AntivirusPropertiesView {
    private final AntivirusPropertiesViewModel vm;
    private final PropertiesDialog dialog;

    public AntivirusPropertiesView(AntivirusPropertiesViewModel vm) {
        this.vm = vm;
        this.dialog = new PropertiesDialog("Antivirus Properties", vm);
        dialog.addTab("General", general());
        dialog.addTab("Actions", actions());
    }

    public static void open(NodeContext ctx) {
        AntivirusClient client = new AntivirusClient(ctx.client());
        ctx.run("Load antivirus settings", client::settings, s -> new AntivirusPropertiesView(
                new AntivirusPropertiesViewModel(ctx.executor(), client, s)).dialog()
                .onSaved(() -> ctx.refreshView(AntivirusNode.ID)).show(ctx.window()));
    }

    public PropertiesDialog dialog() {
        return dialog;
    }

    private Node general() {
        FormGrid g = new FormGrid(dialog.decorations());
        g.addWide(check("av-enabled", "Scan every message the server accepts for viruses", vm.enabled));
        Label why = Controls.note("Messages are scanned after DATA, before they reach a mailbox or the outbound queue. "
                + "Enable at least one scanner first (Filters > Antivirus, Scanner properties).");
        g.addWide(why);
        return g.node();
    }

    private Node actions() {
        FormGrid g = new FormGrid(dialog.decorations());
        g.addWide(new Label("When a message contains a virus:"));
        g.addWide(radios(vm.onInfected,
                radio("av-reject", "Reject it during the SMTP transaction (554 5.7.1 with the virus name; no backscatter)", InfectedAction.REJECT),
                radio("av-quarantine", "Accept it and keep it in the quarantine (Queues/Quarantine)", InfectedAction.QUARANTINE),
                radio("av-delete", "Accept it and delete it", InfectedAction.DELETE)));
        g.addWide(new Label("When no scanner can scan it (down, timed out, too large):"));
        g.addWide(radios(vm.onScanFailure,
                radio("av-tempfail", "Answer 451 4.7.0: the sender tries again later", ScanFailureAction.TEMPFAIL),
                radio("av-accept-mark", "Accept it and mark it X-Mailroom-Virus-Scan: not scanned", ScanFailureAction.ACCEPT_AND_MARK)));
        g.addWide(check("av-notify-admin", "Notify the administrator", vm.notifyAdministrator));
        g.add("_Administrator:", text("av-admin-address", vm.administratorAddress), vm.administratorAddress);
        g.addWide(check("av-notify-recipient", "Notify the local recipients of a quarantined or deleted message", vm.notifyRecipient));
        Label never = Controls.note("The sender is never notified: it is often forged, and such notices get servers blacklisted (article 12).");
        g.addWide(never);
        return g.node();
    }

    private record Choice<T>(RadioButton button, T value) {
    }

    private static <T> Choice<T> radio(String id, String text, T value) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        return new Choice<>(b, value);
    }

    @SafeVarargs
    private static <T> Node radios(ObjectProperty<T> property, Choice<T>... choices) {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4);
        for (Choice<T> c : choices) {
            c.button().setToggleGroup(group);
            c.button().setUserData(c.value());
            c.button().setSelected(c.value() == property.get());
            box.getChildren().add(c.button());
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                @SuppressWarnings("unchecked")
                T v = (T) now.getUserData();
                property.set(v);
            }
        });
        return box;
    }
}
