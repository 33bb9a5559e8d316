package dev.mailroom.app.mta;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.mta.MtaClient;
import dev.mailroom.core.mta.MtaSettings;
import dev.mailroom.core.mta.SmartHost;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * MTA Properties: the {@code mta} settings section as text fields named as the server names
 * them in a refusal ({@code threads}, {@code retryMinutes}, {@code smartHost.port} …), so a
 * refused value is shown beside its field. Fields the dialog does not show keep their values.
 */
public final class MtaPropertiesViewModel extends DialogViewModel {
    private final MtaClient client;
    private final MtaSettings original;
    final ValidatedField threads;
    final ValidatedField perDestinationLimit;
    final ValidatedField retryMinutes;
    final ValidatedField retryEveryMinutes;
    final ValidatedField lifetimeHours;
    final ValidatedField delayNoticeHours;
    final BooleanProperty suppressNdrs;
    final ValidatedField smartHost;
    final ValidatedField smartHostPort;
    final ValidatedField smartHostUser;
    final ValidatedField smartHostPassword;
    final StringProperty smartHostTls;

    public MtaPropertiesViewModel(TaskExecutor executor, MtaClient client, MtaSettings s) {
        super(executor);
        this.client = client;
        this.original = s;
        threads = form.add("threads", String.valueOf(s.threads()), Rules.wholeNumber("Threads", 1, 256));
        perDestinationLimit = form.add("perDestinationLimit", String.valueOf(s.perDestinationLimit()),
                Rules.wholeNumber("Connections", 1, 100));
        retryMinutes = form.add("retryMinutes", String.join(", ", s.retryMinutes().stream().map(String::valueOf).toList()),
                Rules.parsedBy(MtaPropertiesViewModel::minutes));
        retryEveryMinutes = form.add("retryEveryMinutes", String.valueOf(s.retryEveryMinutes()),
                Rules.wholeNumber("Interval", 1, 10_080));
        lifetimeHours = form.add("lifetimeHours", String.valueOf(s.lifetimeHours()), Rules.wholeNumber("Lifetime", 1, 720));
        delayNoticeHours = form.add("delayNoticeHours", String.valueOf(s.delayNoticeHours()),
                Rules.wholeNumber("Hours", 0, 719));
        suppressNdrs = new SimpleBooleanProperty(s.suppressNdrs());
        smartHost = form.add("smartHost.host", s.smartHost().host(), Rules.any());
        smartHostPort = form.add("smartHost.port", String.valueOf(s.smartHost().port()), Rules.wholeNumber("Port", 1, 65535));
        smartHostUser = form.add("smartHost.user", s.smartHost().user(), Rules.any());
        smartHostPassword = form.add("smartHost.password", s.smartHost().password(), Rules.any());
        smartHostTls = new SimpleStringProperty(s.smartHost().tls());
    }

    /** "15, 30, 60" → [15, 30, 60]; the delays after the first failed attempts. */
    static List<Integer> minutes(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidValueException("retryMinutes", "Enter minutes separated by commas, e.g. 15, 30, 60");
            }
        }
        return out;
    }

    /** The settings as the fields say (the constructor of the record validates them). */
    MtaSettings settings() {
        SmartHost host = new SmartHost(smartHost.text(), Integer.parseInt(smartHostPort.text().strip()), smartHostUser.text(),
                smartHostPassword.text(), smartHostTls.get());
        return new MtaSettings(Integer.parseInt(threads.text().strip()), Integer.parseInt(perDestinationLimit.text().strip()),
                original.remotePort(), original.heloName(), original.sourceAddress(), original.connectTimeoutSeconds(),
                original.commandTimeoutSeconds(), minutes(retryMinutes.text()), Integer.parseInt(retryEveryMinutes.text().strip()),
                Integer.parseInt(lifetimeHours.text().strip()), Integer.parseInt(delayNoticeHours.text().strip()),
                suppressNdrs.get(), host, original.domainSmartHosts());
    }

    @Override
    protected Callable<?> prepareSave() {
        MtaSettings s = settings();
        return () -> client.save(s);
    }
}
