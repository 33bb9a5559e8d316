package dev.mailroom.app.rbl;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.dns.DnsServerAddress;
import dev.mailroom.core.dns.rbl.RblAction;
import dev.mailroom.core.dns.rbl.RblProvider;
import dev.mailroom.core.dns.rbl.RblRecordType;
import dev.mailroom.core.model.DomainName;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The "Add/Edit blacklist" dialog: one {@link RblProvider}. Nothing goes to the server here;
 * OK hands the validated provider to the list (which is saved with the connector's dialog).
 * The fields' rules are admin-core's, so the dialog refuses what the server would.
 */
public final class RblProviderViewModel extends DialogViewModel {
    private final ValidatedField name;
    private final ValidatedField zone;
    private final ValidatedField dnsServer;
    private final ValidatedField listedCodes;
    private final ValidatedField responseText;
    private final BooleanProperty enabled;
    private final ObjectProperty<RblRecordType> recordType;
    private final ObjectProperty<RblAction> action;
    private final Consumer<RblProvider> accept;

    /**
     * @param initial the provider to edit, or null for a new one
     * @param accept  receives the provider on OK; may throw an InvalidValueException (name clash)
     */
    public RblProviderViewModel(TaskExecutor executor, RblProvider initial, Consumer<RblProvider> accept) {
        super(executor);
        this.accept = accept;
        boolean fresh = initial == null;
        recordType = new SimpleObjectProperty<>(this, "recordType", fresh ? RblRecordType.A : initial.recordType());
        name = form.add("name", fresh ? "" : initial.name(), Rules.required("The name"));
        zone = form.add("zone", fresh ? "" : initial.zone(), s -> {
            if (s == null || s.isBlank()) {
                return recordType.get() == RblRecordType.A ? "Enter the blacklist's zone, e.g. zen.spamhaus.org" : null;
            }
            return Rules.parsedBy(v -> DomainName.of("zone", v)).apply(s);
        });
        dnsServer = form.add("dnsServer", fresh ? "" : initial.dnsServer(), Rules.parsedBy(s -> DnsServerAddress.parse("dnsServer", s)));
        listedCodes = form.add("listedCodes", fresh ? "" : String.join(", ", initial.listedCodes()),
                Rules.parsedBy(s -> provider("x", "zone.test", "", s, null)));
        responseText = form.add("responseText", fresh ? RblProvider.DEFAULT_RESPONSE : initial.responseText(),
                Rules.parsedBy(s -> provider("x", "zone.test", "", "", s)));
        enabled = new SimpleBooleanProperty(this, "enabled", fresh || initial.enabled());
        action = new SimpleObjectProperty<>(this, "action", fresh ? RblAction.REJECT : initial.action());
        // The zone's rule depends on the record type: check it again when the type changes.
        recordType.addListener((obs, was, now) -> zone.revalidate());
    }

    private RblProvider provider(String n, String z, String server, String codes, String text) {
        return new RblProvider(n, true, z, server, recordType.get(), codes(codes), text, RblAction.REJECT);
    }

    private static List<String> codes(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    public ValidatedField name() {
        return name;
    }

    public ValidatedField zone() {
        return zone;
    }

    public ValidatedField dnsServer() {
        return dnsServer;
    }

    public ValidatedField listedCodes() {
        return listedCodes;
    }

    public ValidatedField responseText() {
        return responseText;
    }

    public BooleanProperty enabled() {
        return enabled;
    }

    public ObjectProperty<RblRecordType> recordType() {
        return recordType;
    }

    public ObjectProperty<RblAction> action() {
        return action;
    }

    /** The provider as entered; throws InvalidValueException naming the field when it is refused. */
    public RblProvider build() {
        return new RblProvider(name.text(), enabled.get(), zone.text(), dnsServer.text(), recordType.get(),
                codes(listedCodes.text()), responseText.text(), action.get());
    }

    @Override
    protected Callable<?> prepareSave() {
        RblProvider p = build();
        accept.accept(p);
        return () -> p;
    }
}
