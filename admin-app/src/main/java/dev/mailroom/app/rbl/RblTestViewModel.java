package dev.mailroom.app.rbl;

import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.ServerErrors;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.ApiJson;
import dev.mailroom.core.dns.IpLiteral;
import dev.mailroom.core.dns.rbl.RblProviderResult;
import dev.mailroom.core.dns.rbl.RblSettings;
import dev.mailroom.core.dns.rbl.RblTestReport;
import dev.mailroom.core.dns.rbl.RblTestRequest;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Test… dialog: an IP in, each blacklist's answer and the verdict out, computed by the
 * server's own {@code RblChecker} through {@code POST /api/v1/rbl/test} with the providers as
 * edited in the dialog. "Check this server" looks up the server's public address against every
 * provider, enabled or not.
 */
public final class RblTestViewModel {
    private final TaskExecutor executor;
    private final AdminClient client;
    private final Supplier<RblSettings> settings;
    private final ValidatedField ip;
    private final ObservableList<RblProviderResult> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param settings the settings as edited (called on the FX thread when a test starts); may
     *                 throw InvalidValueException when the dialog holds a refused value
     */
    public RblTestViewModel(TaskExecutor executor, AdminClient client, Supplier<RblSettings> settings) {
        this.executor = executor;
        this.client = client;
        this.settings = settings;
        this.ip = new ValidatedField("ip", "", Rules.all(Rules.required("The IP address"),
                Rules.parsedBy(s -> IpLiteral.parse("ip", s))));
    }

    public ValidatedField ip() {
        return ip;
    }

    public ObservableList<RblProviderResult> results() {
        return results;
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Looks the entered IP up against the enabled providers; false when the IP is refused. */
    public boolean test() {
        ip.touch();
        if (!ip.isValid()) {
            return false;
        }
        return run(ip.text().strip(), false);
    }

    /** Looks the server's public address up against every provider; false when none is entered. */
    public boolean checkThisServer() {
        RblSettings s;
        try {
            s = settings.get();
        } catch (RuntimeException e) {
            failure.set(ServerErrors.message(e));
            return false;
        }
        if (s.publicAddress().isEmpty()) {
            failure.set("Enter this server's public IP address on the Reverse DNS Blacklisting tab first");
            return false;
        }
        ip.setText(s.publicAddress());
        return run(s.publicAddress(), true);
    }

    private boolean run(String address, boolean allProviders) {
        if (busy.get()) {
            return false;
        }
        RblSettings s;
        try {
            s = settings.get();
        } catch (RuntimeException e) {
            failure.set(ServerErrors.message(e));
            return false;
        }
        failure.set(null);
        busy.set(true);
        RblTestRequest request = new RblTestRequest(address, s, allProviders);
        executor.execute(
                () -> ApiJson.mapper().treeToValue(client.post(RblTestRequest.PATH, request), RblTestReport.class),
                report -> {
                    busy.set(false);
                    results.setAll(report.results());
                    verdict.set(describe(report, allProviders));
                },
                error -> {
                    busy.set(false);
                    results.clear();
                    verdict.set("");
                    if (error instanceof dev.mailroom.core.api.ApiException e && "ip".equals(e.field())) {
                        ip.setServerError(e.getMessage());
                    } else {
                        failure.set(ServerErrors.message(error));
                    }
                });
        return true;
    }

    private static String describe(RblTestReport r, boolean allProviders) {
        if (r.results().isEmpty()) {
            return r.ip() + ": no " + (allProviders ? "" : "enabled ") + "blacklist to ask";
        }
        String failed = r.results().stream().anyMatch(RblProviderResult::failed)
                ? " (some lists did not answer: mail is not refused because of them)" : "";
        return switch (r.decision()) {
            case DENY -> r.ip() + " would be refused: " + r.reply() + failed;
            case MARK -> r.ip() + " would be accepted and marked: " + r.header() + failed;
            case PASS -> (r.listedAnywhere() ? r.ip() + " is listed, but no listing refuses it" : r.ip() + " is not listed")
                    + failed;
        };
    }
}
