package dev.mailroom.app.mailbox;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** New Mailbox…: name, password (or Generate), type and quota; the server gives it an address in every domain. */
public final class NewMailboxViewModel extends DialogViewModel {
    /** 1 TiB in KiB: more is a typing mistake, not a quota. */
    public static final long MAX_QUOTA_KB = 1L << 30;

    private final AdminClient client;
    private final String postOffice;
    private final ValidatedField name;
    private final PasswordFields password;
    private final ObjectProperty<MailboxType> type = new SimpleObjectProperty<>(this, "type", MailboxType.USER);
    private final ValidatedField quotaKb;
    private String createdName;

    public NewMailboxViewModel(TaskExecutor executor, AdminClient client, String postOffice) {
        super(executor);
        this.client = client;
        this.postOffice = postOffice;
        name = form.add("name", "", Rules.parsedBy(MailboxName::of));
        password = new PasswordFields(form, false);
        quotaKb = form.add("quotaKb", "0", Rules.wholeNumber("Quota", 0, MAX_QUOTA_KB));
    }

    public String postOffice() {
        return postOffice;
    }

    public ValidatedField name() {
        return name;
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

    /** The name of the mailbox created by the last successful save. */
    public String createdName() {
        return createdName;
    }

    @Override
    protected Callable<?> prepareSave() {
        String mailbox = MailboxName.of(name.text()).value();
        char[] secret = password.password().text().toCharArray();
        MailboxType t = type.get();
        long quota = Long.parseLong(quotaKb.text().strip());
        return () -> client.createMailbox(postOffice, mailbox, secret, t, quota);
    }

    @Override
    protected void afterSave(Object result) {
        createdName = ((dev.mailroom.core.api.MailboxDto) result).name();
        password.clear();
    }
}
