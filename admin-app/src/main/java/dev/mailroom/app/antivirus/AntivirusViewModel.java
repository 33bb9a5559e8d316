package dev.mailroom.app.antivirus;

import dev.mailroom.app.common.ServerErrors;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.core.antivirus.AntivirusClient;
import dev.mailroom.core.antivirus.QuarantineEntry;
import dev.mailroom.core.antivirus.ScannerStatus;
import dev.mailroom.core.antivirus.TestVirusResult;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Filters > Antivirus without controls: the scanners with their state, the quarantine, and
 * "Send test virus". Every server call runs on the {@link TaskExecutor}; results and failures
 * land in properties the view binds.
 */
public final class AntivirusViewModel {
    private final TaskExecutor executor;
    private final Supplier<AntivirusClient> client;
    private final ObservableList<ScannerStatus> scanners = FXCollections.observableArrayList();
    private final ObservableList<QuarantineEntry> quarantine = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper filterState = new ReadOnlyStringWrapper(this, "filterState", "");
    private final StringProperty testRecipient = new SimpleStringProperty(this, "testRecipient", "");
    private final ReadOnlyObjectWrapper<TestVirusResult> testResult = new ReadOnlyObjectWrapper<>(this, "testResult");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public AntivirusViewModel(TaskExecutor executor, Supplier<AntivirusClient> client) {
        this.executor = executor;
        this.client = client;
    }

    public ObservableList<ScannerStatus> scanners() {
        return scanners;
    }

    public ObservableList<QuarantineEntry> quarantine() {
        return quarantine;
    }

    /** "On" / "Off" with the actions, for the header of the pane. */
    public ReadOnlyStringProperty filterStateProperty() {
        return filterState.getReadOnlyProperty();
    }

    public StringProperty testRecipientProperty() {
        return testRecipient;
    }

    public ReadOnlyObjectProperty<TestVirusResult> testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    /** The last thing that went wrong or was done, shown under the lists. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private record Snapshot(String state, List<ScannerStatus> scanners, List<QuarantineEntry> quarantine) {
    }

    /** Asks every scanner (clamd: VERSION) and reads the quarantine. */
    public void refresh() {
        run(() -> {
            AntivirusClient c = client.get();
            var s = c.settings();
            String state = (s.enabled() ? "On" : "Off") + " — infected: " + describe(s.onInfected()) + "; cannot scan: "
                    + (s.onScanFailure() == dev.mailroom.core.antivirus.AntivirusSettings.ScanFailureAction.TEMPFAIL
                    ? "451 try again later" : "accept and mark");
            return new Snapshot(state, c.scanners(), c.quarantine());
        }, snap -> {
            filterState.set(snap.state());
            scanners.setAll(snap.scanners());
            quarantine.setAll(snap.quarantine());
        });
    }

    static String describe(dev.mailroom.core.antivirus.AntivirusSettings.InfectedAction a) {
        return switch (a) {
            case REJECT -> "reject (554 5.7.1)";
            case QUARANTINE -> "quarantine";
            case DELETE -> "delete";
        };
    }

    /** Sends the EICAR test string through the server's own SMTP port and shows what happened. */
    public void sendTestVirus() {
        String to = testRecipient.get() == null ? "" : testRecipient.get().strip();
        testResult.set(null);
        run(() -> client.get().sendTestVirus(to), r -> {
            testResult.set(r);
            refresh();
        });
    }

    /** One line for the result label. */
    public static String summary(TestVirusResult r) {
        return r.outcome() + ": " + r.summary() + "\nServer said: " + r.smtpReply();
    }

    public void headers(QuarantineEntry e, Consumer<String> show) {
        run(() -> client.get().headers(e.messageId()), show);
    }

    public void release(QuarantineEntry e) {
        run(() -> {
            client.get().release(e.messageId());
            return e;
        }, done -> {
            message.set("Released " + done.messageId() + " to " + String.join(", ", done.recipients()));
            refresh();
        });
    }

    public void delete(QuarantineEntry e) {
        run(() -> {
            client.get().delete(e.messageId());
            return e;
        }, done -> {
            message.set("Deleted " + done.messageId());
            refresh();
        });
    }

    private <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        executor.execute(work, r -> {
            busy.set(false);
            onSuccess.accept(r);
        }, e -> {
            busy.set(false);
            message.set(ServerErrors.message(e));
        });
    }
}
