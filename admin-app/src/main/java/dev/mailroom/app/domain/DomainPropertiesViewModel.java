package dev.mailroom.app.domain;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.DomainDto;
import dev.mailroom.core.api.Requests;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.relay.SenderDomainMask;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Domain properties. General: enabled, catch-all mailbox, abuse@ and postmaster@ redirection.
 * Blacklists (article 4): sender domains or masks such as {@code *.com.au} that may not send to
 * this domain. A mask is checked by {@link SenderDomainMask}, the same class the SMTP server
 * matches with, so a mask the dialog accepts is one the server understands.
 */
public final class DomainPropertiesViewModel extends DialogViewModel {
    private final AdminClient client;
    private final String postOffice;
    private final String domain;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final ValidatedField catchAll;
    private final ValidatedField abuseRedirect;
    private final ValidatedField postmasterRedirect;
    private final ValidatedField mask;
    private final ObservableList<String> blacklist = FXCollections.observableArrayList();

    public DomainPropertiesViewModel(TaskExecutor executor, AdminClient client, DomainDto current) {
        super(executor);
        this.client = client;
        this.postOffice = current.postOffice();
        this.domain = current.name();
        enabled.set(current.enabled());
        catchAll = form.add("catchAll", current.catchAll(), Rules.optional(Rules.parsedBy(MailboxName::of)));
        abuseRedirect = form.add("abuseRedirect", current.abuseRedirect(),
                Rules.optional(Rules.parsedBy(s -> EmailAddress.of("abuseRedirect", s))));
        postmasterRedirect = form.add("postmasterRedirect", current.postmasterRedirect(),
                Rules.optional(Rules.parsedBy(s -> EmailAddress.of("postmasterRedirect", s))));
        // The mask being typed: refused beside the field, and a half-typed bad mask blocks OK too.
        mask = form.add("blacklist", "", Rules.optional(Rules.parsedBy(s -> SenderDomainMask.of("blacklist", s))));
        blacklist.setAll(current.blacklist());
    }

    public String domain() {
        return domain;
    }

    public String postOffice() {
        return postOffice;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ValidatedField catchAll() {
        return catchAll;
    }

    public ValidatedField abuseRedirect() {
        return abuseRedirect;
    }

    public ValidatedField postmasterRedirect() {
        return postmasterRedirect;
    }

    /** The mask being typed in the Blacklists tab. */
    public ValidatedField mask() {
        return mask;
    }

    public ObservableList<String> blacklist() {
        return blacklist;
    }

    /**
     * Adds the typed mask in its normal form ({@code *.COM.AU } becomes {@code *.com.au}).
     *
     * @return false (and the reason beside the field) when the mask is refused or empty
     */
    public boolean addMask() {
        String normal = normalMask();
        if (normal == null) {
            return false;
        }
        if (!blacklist.contains(normal)) {
            blacklist.add(normal);
        }
        mask.setText("");
        return true;
    }

    /** Replaces the mask at {@code index} with the typed one (Edit). */
    public boolean replaceMask(int index) {
        String normal = normalMask();
        if (normal == null || index < 0 || index >= blacklist.size()) {
            return false;
        }
        blacklist.set(index, normal);
        mask.setText("");
        return true;
    }

    public void removeMask(int index) {
        if (index >= 0 && index < blacklist.size()) {
            blacklist.remove(index);
        }
    }

    private String normalMask() {
        if (mask.text().isBlank()) {
            return null;
        }
        mask.touch();
        if (!mask.isValid()) {
            return null;
        }
        return SenderDomainMask.of("blacklist", mask.text()).text();
    }

    @Override
    protected Callable<?> prepareSave() {
        Requests.DomainUpdate update = new Requests.DomainUpdate(enabled.get(), catchAll.text().strip(),
                abuseRedirect.text().strip(), postmasterRedirect.text().strip(), List.copyOf(blacklist));
        return () -> client.updateDomain(postOffice, domain, update);
    }
}
