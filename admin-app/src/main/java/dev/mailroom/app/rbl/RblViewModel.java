package dev.mailroom.app.rbl;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.dns.DnsServerAddress;
import dev.mailroom.core.dns.IpLiteral;
import dev.mailroom.core.dns.checks.DnsCheckSettings;
import dev.mailroom.core.dns.rbl.RblMode;
import dev.mailroom.core.dns.rbl.RblProvider;
import dev.mailroom.core.dns.rbl.RblSettings;
import dev.mailroom.core.model.InvalidValueException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The SMTP connector's "Reverse DNS Blacklisting" tab and the DNS part of its Security tab:
 * the mode, the provider list (add, edit, remove, presets), the lookup timeout, the server's
 * public address for "Check this server", and the three DNS checkboxes. OK/Apply store the
 * {@code smtp-rbl} and {@code smtp-dns} settings sections.
 */
public final class RblViewModel extends DialogViewModel {
    private final AdminClient client;
    private final ObjectProperty<RblMode> mode;
    private final ObservableList<RblProvider> providers = FXCollections.observableArrayList();
    private final ValidatedField timeoutMillis;
    private final ValidatedField publicAddress;
    private final ValidatedField dnsServer;
    private final BooleanProperty rejectInvalidSenderDomain;
    private final BooleanProperty requirePtr;
    private final BooleanProperty ptrMustMatchHelo;
    private final int dnsTimeoutMillis;

    /** Both sections as stored, read in the background before the dialog opens. */
    public record Loaded(RblSettings rbl, DnsCheckSettings dns) {
        public static Loaded from(AdminClient client) {
            return new Loaded(client.getSettings(RblSettings.SECTION.name(), RblSettings.class),
                    client.getSettings(DnsCheckSettings.SECTION.name(), DnsCheckSettings.class));
        }
    }

    public RblViewModel(TaskExecutor executor, AdminClient client, Loaded current) {
        super(executor);
        this.client = client;
        RblSettings rbl = current.rbl();
        DnsCheckSettings dns = current.dns();
        mode = new SimpleObjectProperty<>(this, "mode", rbl.mode());
        providers.setAll(rbl.providers());
        timeoutMillis = form.add("timeoutMillis", String.valueOf(rbl.timeoutMillis()),
                Rules.wholeNumber("The lookup timeout", 100, 30_000));
        publicAddress = form.add("publicAddress", rbl.publicAddress(),
                Rules.optional(Rules.parsedBy(s -> IpLiteral.parse("publicAddress", s))));
        dnsServer = form.add("dnsServer", dns.dnsServer(), Rules.parsedBy(s -> DnsServerAddress.parse("dnsServer", s)));
        rejectInvalidSenderDomain = new SimpleBooleanProperty(this, "rejectInvalidSenderDomain", dns.rejectInvalidSenderDomain());
        requirePtr = new SimpleBooleanProperty(this, "requirePtr", dns.requirePtr());
        ptrMustMatchHelo = new SimpleBooleanProperty(this, "ptrMustMatchHelo", dns.ptrMustMatchHelo());
        // The stricter check only makes sense with the PTR check on.
        requirePtr.addListener((obs, was, on) -> {
            if (!on) {
                ptrMustMatchHelo.set(false);
            }
        });
        dnsTimeoutMillis = dns.timeoutMillis();
    }

    public ObjectProperty<RblMode> mode() {
        return mode;
    }

    public ObservableList<RblProvider> providers() {
        return providers;
    }

    public ValidatedField timeoutMillis() {
        return timeoutMillis;
    }

    public ValidatedField publicAddress() {
        return publicAddress;
    }

    public ValidatedField dnsServer() {
        return dnsServer;
    }

    public BooleanProperty rejectInvalidSenderDomain() {
        return rejectInvalidSenderDomain;
    }

    public BooleanProperty requirePtr() {
        return requirePtr;
    }

    public BooleanProperty ptrMustMatchHelo() {
        return ptrMustMatchHelo;
    }

    /** Adds a provider; false (and nothing added) when one of that name is already listed. */
    public boolean add(RblProvider provider) {
        if (indexOf(provider.name()) >= 0) {
            return false;
        }
        providers.add(provider);
        return true;
    }

    /** Replaces the provider at {@code index}; false when the new name clashes with another one. */
    public boolean replace(int index, RblProvider provider) {
        int clash = indexOf(provider.name());
        if (clash >= 0 && clash != index) {
            return false;
        }
        providers.set(index, provider);
        return true;
    }

    public void remove(int index) {
        providers.remove(index);
    }

    /** Adds the presets not listed yet (disabled, as {@link dev.mailroom.core.dns.rbl.RblPresets} makes them); returns how many. */
    public int addPresets(List<RblProvider> presets) {
        int added = 0;
        for (RblProvider p : presets) {
            if (add(p.withEnabled(false))) {
                added++;
            }
        }
        return added;
    }

    /** The blacklist settings as edited (for the Test… dialog, before they are saved). */
    public RblSettings rblSettings() {
        int timeout;
        try {
            timeout = Integer.parseInt(timeoutMillis.text().strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("timeoutMillis", "The lookup timeout must be a whole number of milliseconds");
        }
        return new RblSettings(mode.get(), List.copyOf(providers), timeout, publicAddress.text());
    }

    public DnsCheckSettings dnsCheckSettings() {
        return new DnsCheckSettings(dnsServer.text(), dnsTimeoutMillis, rejectInvalidSenderDomain.get(),
                requirePtr.get(), ptrMustMatchHelo.get());
    }

    @Override
    protected Callable<?> prepareSave() {
        RblSettings rbl = rblSettings();
        DnsCheckSettings dns = dnsCheckSettings();
        return () -> {
            client.putSettings(RblSettings.SECTION.name(), rbl);
            client.putSettings(DnsCheckSettings.SECTION.name(), dns);
            return null;
        };
    }

    private int indexOf(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < providers.size(); i++) {
            if (providers.get(i).name().toLowerCase(Locale.ROOT).equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
