package dev.mailroom.app.server;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.PostOfficeDto;
import dev.mailroom.core.config.ServerSettings;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.PostOfficeName;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * localhost properties, General: the default post office (article 28: a login without
 * {@code @postoffice} is looked up in it). Stored in the {@code server} settings section; the
 * host name is kept as it is.
 */
public final class LocalhostPropertiesViewModel extends DialogViewModel {
    public static final String SECTION = "server";
    /** The choice offers at most this many post offices; any other name can still be typed. */
    static final int CHOICES = 1000;

    private final AdminClient client;
    private final ServerSettings current;
    private final List<String> postOffices;
    private final ValidatedField defaultPostOffice;

    /** What the dialog opens with, read in the background. */
    public record Loaded(ServerSettings settings, List<String> postOffices, boolean complete) {
    }

    public static Loaded load(AdminClient client) {
        ServerSettings settings = client.getSettings(SECTION, ServerSettings.class);
        var page = client.listPostOffices(0, CHOICES, null);
        return new Loaded(settings, page.items().stream().map(PostOfficeDto::name).toList(), page.total() <= CHOICES);
    }

    public LocalhostPropertiesViewModel(TaskExecutor executor, AdminClient client, Loaded loaded) {
        super(executor);
        this.client = client;
        this.current = loaded.settings();
        this.postOffices = loaded.postOffices();
        defaultPostOffice = form.add("defaultPostOffice", current.defaultPostOffice(), s -> {
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                PostOfficeName.of(s);
            } catch (InvalidValueException e) {
                return e.getMessage();
            }
            boolean known = postOffices.stream().anyMatch(p -> p.toUpperCase(Locale.ROOT).equals(s.strip().toUpperCase(Locale.ROOT)));
            return known || !loaded.complete() ? null : "There is no post office " + s.strip();
        });
    }

    /** Choices for the field; the empty string means "none". */
    public List<String> postOffices() {
        return postOffices;
    }

    public ValidatedField defaultPostOffice() {
        return defaultPostOffice;
    }

    public String hostName() {
        return current.hostName();
    }

    @Override
    protected Callable<?> prepareSave() {
        ServerSettings value = new ServerSettings(defaultPostOffice.text().strip(), current.hostName());
        return () -> client.putSettings(SECTION, value);
    }
}
