package dev.mailroom.app.smtp;

import dev.mailroom.app.common.Form;
import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.ServerErrors;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.ApiJson;
import dev.mailroom.core.smtp.RelayTestRequest;
import dev.mailroom.core.smtp.RelayTestResult;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * "Test relay…": asks the server what it would answer to a RCPT from this client, sender and
 * recipient ({@code POST /api/v1/smtp/relay-test}, computed by the same policy function the SMTP
 * server calls, with the settings saved on the server) and shows the verdict and debug lines.
 */
public final class RelayTestViewModel {
    private final TaskExecutor executor;
    private final AdminClient client;
    private final Form form = new Form();
    final ValidatedField clientIp;
    final BooleanProperty authenticated = new SimpleBooleanProperty(false);
    final ValidatedField authenticatedAs;
    final ValidatedField sender;
    final ValidatedField recipient;
    private final ReadOnlyObjectWrapper<RelayTestResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public RelayTestViewModel(TaskExecutor executor, AdminClient client) {
        this.executor = executor;
        this.client = client;
        clientIp = form.add("clientIp", "", Rules.required("Client IP"));
        authenticatedAs = form.add("authenticatedAs", "", Rules.any());
        sender = form.add("sender", "", Rules.any());
        recipient = form.add("recipient", "", Rules.required("Recipient"));
    }

    public Form form() {
        return form;
    }

    public ReadOnlyObjectProperty<RelayTestResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Sends the question; false when a field is refused and nothing was sent. */
    public boolean run() {
        failure.set(null);
        if (!form.validateAll() || busy.get()) {
            return false;
        }
        RelayTestRequest req = new RelayTestRequest(clientIp.text(), authenticated.get() ? authenticatedAs.text() : "",
                sender.text(), recipient.text());
        busy.set(true);
        result.set(null);
        executor.execute(() -> ApiJson.mapper().treeToValue(client.post("/smtp/relay-test", req), RelayTestResult.class),
                r -> {
                    busy.set(false);
                    result.set(r);
                }, e -> {
                    busy.set(false);
                    if (!form.showFailure(e)) {
                        failure.set(ServerErrors.message(e));
                    }
                });
        return true;
    }
}
