package dev.mailroom.app.mailbox;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.MailboxDto;
import dev.mailroom.core.api.Requests;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.MailboxType;
import java.util.ArrayList;
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
 * Mailbox properties. General: password (empty leaves it as it is) with Generate, type, quota,
 * enabled, prevent authentication. Addresses: the mailbox's addresses, added and removed.
 * Redirection: forward to addresses, keeping a local copy or not. Edits are kept here until OK or
 * Apply, then sent: the mailbox update, the address changes, then the password.
 */
public final class MailboxPropertiesViewModel extends DialogViewModel {
    private final AdminClient client;
    private final String postOffice;
    private final String mailbox;
    private final PasswordFields password;
    private final ObjectProperty<MailboxType> type = new SimpleObjectProperty<>(this, "type");
    private final ValidatedField quotaKb;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final BooleanProperty preventAuth = new SimpleBooleanProperty(this, "preventAuth");
    private final ObservableList<String> addresses = FXCollections.observableArrayList();
    private final ValidatedField newAddress;
    private final ObservableList<String> redirectTo = FXCollections.observableArrayList();
    private final ValidatedField newRedirect;
    private final BooleanProperty keepLocalCopy = new SimpleBooleanProperty(this, "keepLocalCopy");
    private List<String> savedAddresses;

    public MailboxPropertiesViewModel(TaskExecutor executor, AdminClient client, MailboxDto current) {
        super(executor);
        this.client = client;
        this.postOffice = current.postOffice();
        this.mailbox = current.name();
        password = new PasswordFields(form, true);
        type.set(current.type());
        quotaKb = form.add("quotaKb", String.valueOf(current.quotaKb()),
                Rules.wholeNumber("Quota", 0, NewMailboxViewModel.MAX_QUOTA_KB));
        enabled.set(current.enabled());
        preventAuth.set(current.preventAuth());
        addresses.setAll(current.addresses());
        savedAddresses = List.copyOf(current.addresses());
        newAddress = form.add("address", "", Rules.optional(Rules.parsedBy(EmailAddress::of)));
        redirectTo.setAll(current.redirectTo());
        newRedirect = form.add("redirectTo", "", Rules.optional(Rules.parsedBy(s -> EmailAddress.of("redirectTo", s))));
        keepLocalCopy.set(current.keepLocalCopy());
    }

    public String postOffice() {
        return postOffice;
    }

    public String mailbox() {
        return mailbox;
    }

    public PasswordFields password() {
        return password;
    }

    public ObjectProperty<MailboxType> typeProperty() {
        return type;
    }

    public ValidatedField quotaKb() {
        return quotaKb;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public BooleanProperty preventAuthProperty() {
        return preventAuth;
    }

    public ObservableList<String> addresses() {
        return addresses;
    }

    public ValidatedField newAddress() {
        return newAddress;
    }

    public ObservableList<String> redirectTo() {
        return redirectTo;
    }

    public ValidatedField newRedirect() {
        return newRedirect;
    }

    public BooleanProperty keepLocalCopyProperty() {
        return keepLocalCopy;
    }

    /** Adds the typed address to the list (sent on OK/Apply); false when refused or empty. */
    public boolean addAddress() {
        return addTo(newAddress, addresses);
    }

    public void removeAddress(String address) {
        addresses.remove(address);
    }

    public boolean addRedirect() {
        return addTo(newRedirect, redirectTo);
    }

    public void removeRedirect(String address) {
        redirectTo.remove(address);
    }

    private static boolean addTo(ValidatedField field, ObservableList<String> list) {
        if (field.text().isBlank()) {
            return false;
        }
        field.touch();
        if (!field.isValid()) {
            return false;
        }
        String normal = EmailAddress.of(field.name(), field.text()).toString();
        boolean present = list.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(normal.toLowerCase(Locale.ROOT)));
        if (!present) {
            list.add(normal);
        }
        field.setText("");
        return true;
    }

    @Override
    protected Callable<?> prepareSave() {
        Requests.MailboxUpdate update = new Requests.MailboxUpdate(type.get(), Long.parseLong(quotaKb.text().strip()),
                enabled.get(), preventAuth.get(), List.copyOf(redirectTo), keepLocalCopy.get());
        List<String> added = new ArrayList<>(addresses);
        added.removeAll(savedAddresses);
        List<String> removed = new ArrayList<>(savedAddresses);
        removed.removeAll(addresses);
        char[] secret = password.password().text().isEmpty() ? null : password.password().text().toCharArray();
        return () -> {
            MailboxDto result = client.updateMailbox(postOffice, mailbox, update);
            for (String a : removed) {
                result = client.removeAddress(postOffice, mailbox, a);
            }
            for (String a : added) {
                result = client.addAddress(postOffice, mailbox, a);
            }
            if (secret != null) {
                client.setPassword(postOffice, mailbox, secret);
            }
            return result;
        };
    }

    @Override
    protected void afterSave(Object result) {
        MailboxDto saved = (MailboxDto) result;
        savedAddresses = List.copyOf(saved.addresses());
        addresses.setAll(saved.addresses());
        password.clear();
    }
}
