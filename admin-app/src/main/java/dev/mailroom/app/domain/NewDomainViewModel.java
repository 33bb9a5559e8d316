package dev.mailroom.app.domain;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.model.DomainName;
import java.util.concurrent.Callable;

/** New Domain…: one name; every mailbox of the post office gets its address in it (server side). */
public final class NewDomainViewModel extends DialogViewModel {
    private final AdminClient client;
    private final String postOffice;
    private final ValidatedField name;

    public NewDomainViewModel(TaskExecutor executor, AdminClient client, String postOffice) {
        super(executor);
        this.client = client;
        this.postOffice = postOffice;
        name = form.add("name", "", Rules.parsedBy(DomainName::of));
    }

    public ValidatedField name() {
        return name;
    }

    public String postOffice() {
        return postOffice;
    }

    @Override
    protected Callable<?> prepareSave() {
        String domain = DomainName.of(name.text()).value();
        return () -> client.addDomain(postOffice, domain);
    }
}
