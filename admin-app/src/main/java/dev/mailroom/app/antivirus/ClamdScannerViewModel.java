package dev.mailroom.app.antivirus;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.antivirus.AntivirusClient;
import dev.mailroom.core.antivirus.AntivirusSettings;
import dev.mailroom.core.antivirus.ClamdAddress;
import dev.mailroom.core.antivirus.ClamdSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * ClamAV daemon properties: its socket ({@code tcp:HOST:PORT} or {@code unix:/path}), timeout
 * and connection pool. Edits the scanner at {@code index} of the settings' clamd list, or adds
 * one when the index is -1.
 */
public final class ClamdScannerViewModel extends DialogViewModel {
    private final AntivirusClient client;
    private final int index;

    final ValidatedField name;
    final BooleanProperty enabled;
    final ValidatedField socket;
    final ValidatedField timeoutMillis;
    final ValidatedField poolSize;

    public ClamdScannerViewModel(TaskExecutor executor, AntivirusClient client, ClamdSettings s, int index) {
        super(executor);
        this.client = client;
        this.index = index;
        name = form.add("name", s.name(), Rules.required("Scanner name"));
        enabled = new SimpleBooleanProperty(this, "enabled", s.enabled());
        socket = form.add("socket", s.socket(), Rules.parsedBy(v -> ClamdAddress.parse("socket", v)));
        timeoutMillis = form.add("timeoutMillis", String.valueOf(s.timeoutMillis()), Rules.wholeNumber("Timeout", 100, 600_000));
        poolSize = form.add("poolSize", String.valueOf(s.poolSize()), Rules.wholeNumber("Pool size", 1, 64));
    }

    public ValidatedField socket() {
        return socket;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    @Override
    protected Callable<?> prepareSave() {
        ClamdSettings value = new ClamdSettings(name.text().strip(), enabled.get(), socket.text().strip(),
                Integer.parseInt(timeoutMillis.text().strip()), Integer.parseInt(poolSize.text().strip()));
        return () -> {
            AntivirusSettings s = client.settings();
            List<ClamdSettings> list = new ArrayList<>(s.clamd());
            if (index < 0 || index >= list.size()) {
                list.add(value);
            } else {
                list.set(index, value);
            }
            return client.save(new AntivirusSettings(s.enabled(), list, s.commandLine(), s.onInfected(), s.onScanFailure(),
                    s.notifyAdministrator(), s.administratorAddress(), s.notifyRecipient()));
        };
    }
}
