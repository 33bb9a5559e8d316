package dev.mailroom.app.postoffice;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.PostOfficeDto;
import dev.mailroom.core.api.Requests;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Post office properties, General tab: the name (read-only: it is the key of every file), enabled,
 * and the bound IP address (article 28: a bare login name arriving on it belongs to this post office).
 */
public final class PostOfficePropertiesViewModel extends DialogViewModel {
    private final AdminClient client;
    private final String name;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final ValidatedField boundIp;

    public PostOfficePropertiesViewModel(TaskExecutor executor, AdminClient client, PostOfficeDto current) {
        super(executor);
        this.client = client;
        this.name = current.name();
        enabled.set(current.enabled());
        boundIp = form.add("boundIp", current.boundIp(), Rules.optional(IpLiteral::check));
    }

    public String name() {
        return name;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ValidatedField boundIp() {
        return boundIp;
    }

    @Override
    protected Callable<?> prepareSave() {
        Requests.PostOfficeUpdate update = new Requests.PostOfficeUpdate(enabled.get(), boundIp.text().strip());
        return () -> client.updatePostOffice(name, update);
    }
}
