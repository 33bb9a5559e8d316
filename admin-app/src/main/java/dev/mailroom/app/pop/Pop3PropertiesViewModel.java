package dev.mailroom.app.pop;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.ServerErrors;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.auth.AlternateAtCharacters;
import dev.mailroom.core.pop3.Pop3Settings;
import dev.mailroom.core.pop3.Pop3StatusDto;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * POP properties: General (ports, TLS, binding), Settings (limits, alternate {@code @}
 * characters, clear-text login) and Auto-ban (thresholds, the addresses banned now, Unban).
 * Field names are the settings' own, so a server refusal lands beside the field it names.
 */
public final class Pop3PropertiesViewModel extends DialogViewModel {
    private final Supplier<AdminClient> client;
    private final ValidatedField port;
    private final ValidatedField tlsPort;
    private final ValidatedField bindAddress;
    private final ValidatedField maxConnections;
    private final ValidatedField idleTimeout;
    private final ValidatedField maxFailedLogins;
    private final ValidatedField alternateAt;
    private final ValidatedField banFailedLogins;
    private final ValidatedField banWindow;
    private final ValidatedField banMinutes;
    private final BooleanProperty portEnabled = new SimpleBooleanProperty();
    private final BooleanProperty tlsPortEnabled = new SimpleBooleanProperty();
    private final BooleanProperty allowClearText = new SimpleBooleanProperty();
    private final BooleanProperty autoBan = new SimpleBooleanProperty();
    private final ObservableList<Pop3StatusDto.BanDto> bans = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper banStatus = new ReadOnlyStringWrapper(this, "banStatus", "");

    public Pop3PropertiesViewModel(TaskExecutor executor, Supplier<AdminClient> client, Pop3Settings current) {
        super(executor);
        this.client = client;
        port = form.add("port", Integer.toString(current.port()), Rules.wholeNumber("Port", 0, 65535));
        tlsPort = form.add("tlsPort", Integer.toString(current.tlsPort()), Rules.wholeNumber("TLS port", 0, 65535));
        bindAddress = form.add("bindAddress", current.bindAddress(), Rules.any());
        maxConnections = form.add("maxConnections", Integer.toString(current.maxConnections()),
                Rules.wholeNumber("Max connections", 1, 10_000));
        idleTimeout = form.add("idleTimeoutSeconds", Integer.toString(current.idleTimeoutSeconds()),
                Rules.wholeNumber("Idle timeout", 1, 86_400));
        maxFailedLogins = form.add("maxFailedLogins", Integer.toString(current.maxFailedLogins()),
                Rules.wholeNumber("Failed logins", 1, 100));
        // The login resolver's own rule, so the dialog refuses exactly what the server would.
        alternateAt = form.add("alternateAtCharacters", current.alternateAtCharacters(),
                Rules.parsedBy(AlternateAtCharacters::of));
        banFailedLogins = form.add("autoBan.failedLogins", Integer.toString(current.autoBan().failedLogins()),
                Rules.wholeNumber("Failed logins", 1, 1000));
        banWindow = form.add("autoBan.windowMinutes", Integer.toString(current.autoBan().windowMinutes()),
                Rules.wholeNumber("Within (minutes)", 1, 10_080));
        banMinutes = form.add("autoBan.banMinutes", Integer.toString(current.autoBan().banMinutes()),
                Rules.wholeNumber("Ban for (minutes)", 1, 525_600));
        portEnabled.set(current.portEnabled());
        tlsPortEnabled.set(current.tlsPortEnabled());
        allowClearText.set(current.allowClearTextLogin());
        autoBan.set(current.autoBan().enabled());
    }

    public ValidatedField port() {
        return port;
    }

    public ValidatedField tlsPort() {
        return tlsPort;
    }

    public ValidatedField bindAddress() {
        return bindAddress;
    }

    public ValidatedField maxConnections() {
        return maxConnections;
    }

    public ValidatedField idleTimeout() {
        return idleTimeout;
    }

    public ValidatedField maxFailedLogins() {
        return maxFailedLogins;
    }

    public ValidatedField alternateAt() {
        return alternateAt;
    }

    public ValidatedField banFailedLogins() {
        return banFailedLogins;
    }

    public ValidatedField banWindow() {
        return banWindow;
    }

    public ValidatedField banMinutes() {
        return banMinutes;
    }

    public BooleanProperty portEnabledProperty() {
        return portEnabled;
    }

    public BooleanProperty tlsPortEnabledProperty() {
        return tlsPortEnabled;
    }

    public BooleanProperty allowClearTextProperty() {
        return allowClearText;
    }

    public BooleanProperty autoBanProperty() {
        return autoBan;
    }

    /** The addresses banned now, as the server reports them. */
    public ObservableList<Pop3StatusDto.BanDto> bans() {
        return bans;
    }

    /** What the last ban list request or Unban did, or why it failed. */
    public ReadOnlyStringProperty banStatusProperty() {
        return banStatus.getReadOnlyProperty();
    }

    public void refreshBans() {
        executor.execute(() -> client.get().get("/pop3", Pop3StatusDto.class), s -> {
            bans.setAll(s.bans());
            banStatus.set(s.bans().isEmpty() ? "No address is banned." : s.bans().size() + " banned");
        }, e -> banStatus.set("Bans unavailable: " + ServerErrors.message(e)));
    }

    /** Lifts the ban on the server, then reloads the list. */
    public void unban(Pop3StatusDto.BanDto ban) {
        executor.execute(() -> client.get().delete("/pop3/bans/" + ban.address()), ignored -> {
            banStatus.set("Unbanned " + ban.address());
            refreshBans();
        }, e -> banStatus.set("Could not unban " + ban.address() + ": " + ServerErrors.message(e)));
    }

    @Override
    protected Callable<?> prepareSave() {
        Pop3Settings value = new Pop3Settings(number(port), portEnabled.get(), number(tlsPort), tlsPortEnabled.get(),
                bindAddress.text().strip(), allowClearText.get(), alternateAt.text().strip(), number(maxConnections),
                number(idleTimeout), number(maxFailedLogins), new Pop3Settings.AutoBan(autoBan.get(),
                number(banFailedLogins), number(banWindow), number(banMinutes)));
        AdminClient c = client.get();
        return () -> c.putSettings(Pop3Settings.SECTION.name(), value);
    }

    private static int number(ValidatedField f) {
        return Integer.parseInt(f.text().strip());
    }
}
