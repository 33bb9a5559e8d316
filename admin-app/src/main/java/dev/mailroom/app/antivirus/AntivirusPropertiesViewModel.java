package dev.mailroom.app.antivirus;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.antivirus.AntivirusClient;
import dev.mailroom.core.antivirus.AntivirusSettings;
import dev.mailroom.core.antivirus.AntivirusSettings.InfectedAction;
import dev.mailroom.core.antivirus.AntivirusSettings.ScanFailureAction;
import dev.mailroom.core.model.EmailAddress;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Antivirus Properties without controls: General (the filter on or off) and Actions (what
 * happens to an infected message, to one that cannot be scanned, and who is told). The scanners
 * are edited in their own dialogs; saving re-reads them so neither dialog undoes the other.
 */
public final class AntivirusPropertiesViewModel extends DialogViewModel {
    private final AntivirusClient client;

    final BooleanProperty enabled;
    final ObjectProperty<InfectedAction> onInfected;
    final ObjectProperty<ScanFailureAction> onScanFailure;
    final BooleanProperty notifyAdministrator;
    final ValidatedField administratorAddress;
    final BooleanProperty notifyRecipient;

    public AntivirusPropertiesViewModel(TaskExecutor executor, AntivirusClient client, AntivirusSettings s) {
        super(executor);
        this.client = client;
        enabled = new SimpleBooleanProperty(this, "enabled", s.enabled());
        onInfected = new SimpleObjectProperty<>(this, "onInfected", s.onInfected());
        onScanFailure = new SimpleObjectProperty<>(this, "onScanFailure", s.onScanFailure());
        notifyAdministrator = new SimpleBooleanProperty(this, "notifyAdministrator", s.notifyAdministrator());
        administratorAddress = form.add("administratorAddress", s.administratorAddress(),
                Rules.optional(Rules.parsedBy(v -> EmailAddress.of("administratorAddress", v.strip()))));
        notifyRecipient = new SimpleBooleanProperty(this, "notifyRecipient", s.notifyRecipient());
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ObjectProperty<InfectedAction> onInfectedProperty() {
        return onInfected;
    }

    public ObjectProperty<ScanFailureAction> onScanFailureProperty() {
        return onScanFailure;
    }

    public BooleanProperty notifyAdministratorProperty() {
        return notifyAdministrator;
    }

    public ValidatedField administratorAddress() {
        return administratorAddress;
    }

    public BooleanProperty notifyRecipientProperty() {
        return notifyRecipient;
    }

    /** The address is optional until notices to the administrator are switched on. */
    @Override
    protected boolean extraValid() {
        if (notifyAdministrator.get() && administratorAddress.text().isBlank()) {
            administratorAddress.setServerError("Enter the administrator's address to notify");
            return false;
        }
        return true;
    }

    @Override
    protected Callable<?> prepareSave() {
        boolean on = enabled.get();
        InfectedAction infected = onInfected.get();
        ScanFailureAction failure = onScanFailure.get();
        boolean admin = notifyAdministrator.get();
        String address = administratorAddress.text().strip();
        boolean recipient = notifyRecipient.get();
        return () -> {
            AntivirusSettings current = client.settings();
            return client.save(new AntivirusSettings(on, current.clamd(), current.commandLine(), infected, failure, admin,
                    address, recipient));
        };
    }
}
