package dev.mailroom.app.postoffice;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.PasswordGenerator;
import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.ApiError;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The New Post Office wizard: a name, its first domain, and optionally a postmaster mailbox whose
 * generated password is shown once. It is one change for the user: if the domain is refused (it
 * is served elsewhere, say) the post office just created is removed again and the reason shown
 * beside the domain field.
 */
public final class NewPostOfficeViewModel extends DialogViewModel {
    public static final String POSTMASTER = "postmaster";

    private final AdminClient client;
    private final ValidatedField name;
    private final ValidatedField domain;
    private final BooleanProperty createPostmaster = new SimpleBooleanProperty(this, "createPostmaster", true);
    private final ReadOnlyObjectWrapper<Created> created = new ReadOnlyObjectWrapper<>(this, "created");

    /** What was created; {@code postmasterPassword} is null when no postmaster was asked for. */
    public record Created(String postOffice, String domain, String postmasterPassword) {
        @Override
        public String toString() {
            return "Created[" + postOffice + ", " + domain + "]";
        }
    }

    public NewPostOfficeViewModel(TaskExecutor executor, AdminClient client) {
        super(executor);
        this.client = client;
        name = form.add("name", "", Rules.parsedBy(PostOfficeName::of));
        domain = form.add("domain", "", Rules.parsedBy(s -> DomainName.of("domain", s)));
    }

    public ValidatedField name() {
        return name;
    }

    public ValidatedField domain() {
        return domain;
    }

    public BooleanProperty createPostmasterProperty() {
        return createPostmaster;
    }

    public ReadOnlyObjectProperty<Created> createdProperty() {
        return created.getReadOnlyProperty();
    }

    @Override
    protected Callable<?> prepareSave() {
        String po = PostOfficeName.of(name.text()).value();
        String dom = DomainName.of("domain", domain.text()).value();
        String password = createPostmaster.get() ? PasswordGenerator.generate() : null;
        return () -> {
            client.createPostOffice(po);
            try {
                client.addDomain(po, dom);
                if (password != null) {
                    client.createMailbox(po, POSTMASTER, password.toCharArray(), MailboxType.ADMIN, 0);
                }
            } catch (RuntimeException e) {
                try {
                    client.deletePostOffice(po);
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
                if (e instanceof ApiException api && "name".equals(api.field())) {
                    throw new ApiException(api.status(), new ApiError(api.error().code(), api.getMessage(), "domain"));
                }
                throw e;
            }
            return new Created(po, dom, password);
        };
    }

    @Override
    protected void afterSave(Object result) {
        created.set((Created) result);
    }
}
