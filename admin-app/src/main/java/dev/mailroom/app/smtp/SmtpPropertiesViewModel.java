package dev.mailroom.app.smtp;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.access.AccessControlSettings;
import dev.mailroom.core.access.AccessMode;
import dev.mailroom.core.access.IpPatternList;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.relay.RelaySettings;
import dev.mailroom.core.relay.SecuritySettings;
import dev.mailroom.core.smtp.SmtpSections;
import dev.mailroom.core.smtp.SmtpSettings;
import dev.mailroom.core.tls.TlsSettings;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The SMTP properties dialog without controls: one property per setting of its six tabs, the
 * text inputs as {@link ValidatedField}s named as the server names them in a refusal. Saving
 * writes the five settings sections; relay, security and access-control changes apply to the
 * next connection, the others restart the SMTP listeners.
 */
public final class SmtpPropertiesViewModel extends DialogViewModel {
    private final AdminClient client;
    private final SmtpSettingsBundle loaded;

    final ValidatedField bindAddress;
    final ValidatedField greeting;
    final BooleanProperty smtpEnabled;
    final ValidatedField port;
    final BooleanProperty submissionEnabled;
    final ValidatedField submissionPort;
    final BooleanProperty smtpsEnabled;
    final ValidatedField smtpsPort;
    final BooleanProperty allowAuthWithoutTls;
    final ObjectProperty<TlsSettings.Source> tlsSource;
    final ValidatedField certificateFile;
    final ValidatedField keyFile;
    final ValidatedField pkcs12File;
    final ValidatedField pkcs12Password;
    final ValidatedField tlsHostName;

    final ValidatedField maxConnections;
    final ValidatedField maxMessageSizeKb;
    final ValidatedField maxRecipients;
    final ValidatedField commandTimeoutSeconds;
    final ValidatedField dataTimeoutSeconds;

    final BooleanProperty relayEnabled;
    final BooleanProperty allowAuthenticated;
    final BooleanProperty allowPrivilegedRanges;
    final ValidatedField privilegedRanges;
    final BooleanProperty allowLocalSenders;
    final BooleanProperty allowAnyone;
    final BooleanProperty forceInboundResolution;

    final ObjectProperty<AccessMode> accessMode;
    final ValidatedField accessPatterns;

    final BooleanProperty authenticatedMustUseOwnAddress;
    final BooleanProperty localSendersMustAuthenticate;
    final BooleanProperty acceptDomainLiterals;
    final BooleanProperty disableCatchAlls;

    final BooleanProperty activityLog;
    final BooleanProperty debugLog;
    final BooleanProperty w3cLog;

    public SmtpPropertiesViewModel(TaskExecutor executor, AdminClient client, SmtpSettingsBundle b) {
        super(executor);
        this.client = client;
        this.loaded = b;
        SmtpSettings s = b.smtp();
        bindAddress = form.add("bindAddress", s.bindAddress(), Rules.any());
        greeting = form.add("greeting", s.greeting(), Rules.required("Greeting"));
        smtpEnabled = new SimpleBooleanProperty(s.smtp().enabled());
        port = form.add("port", String.valueOf(s.smtp().port()), Rules.wholeNumber("Port", 1, 65535));
        submissionEnabled = new SimpleBooleanProperty(s.submission().enabled());
        submissionPort = form.add("submissionPort", String.valueOf(s.submission().port()), Rules.wholeNumber("Port", 1, 65535));
        smtpsEnabled = new SimpleBooleanProperty(s.smtps().enabled());
        smtpsPort = form.add("smtpsPort", String.valueOf(s.smtps().port()), Rules.wholeNumber("Port", 1, 65535));
        allowAuthWithoutTls = new SimpleBooleanProperty(s.allowAuthWithoutTls());
        TlsSettings t = b.tls();
        tlsSource = new SimpleObjectProperty<>(t.source());
        certificateFile = form.add("certificateFile", t.certificateFile(), Rules.any());
        keyFile = form.add("keyFile", t.keyFile(), Rules.any());
        pkcs12File = form.add("pkcs12File", t.pkcs12File(), Rules.any());
        pkcs12Password = form.add("pkcs12Password", t.pkcs12Password(), Rules.any());
        tlsHostName = form.add("hostName", t.hostName(), Rules.required("Host name"));

        SmtpSettings.Limits l = s.limits();
        maxConnections = form.add("maxConnections", String.valueOf(l.maxConnections()), Rules.wholeNumber("Connections", 1, 100_000));
        maxMessageSizeKb = form.add("maxMessageSizeKb", String.valueOf(l.maxMessageSizeKb()), Rules.wholeNumber("Size", 1, 2_000_000));
        maxRecipients = form.add("maxRecipients", String.valueOf(l.maxRecipients()), Rules.wholeNumber("Recipients", 1, 100_000));
        commandTimeoutSeconds = form.add("commandTimeoutSeconds", String.valueOf(l.commandTimeoutSeconds()), Rules.wholeNumber("Timeout", 1, 3600));
        dataTimeoutSeconds = form.add("dataTimeoutSeconds", String.valueOf(l.dataTimeoutSeconds()), Rules.wholeNumber("Timeout", 1, 3600));

        RelaySettings r = b.relay();
        relayEnabled = new SimpleBooleanProperty(r.relayEnabled());
        allowAuthenticated = new SimpleBooleanProperty(r.allowAuthenticated());
        allowPrivilegedRanges = new SimpleBooleanProperty(r.allowPrivilegedRanges());
        privilegedRanges = form.add("privilegedRanges", String.join("\n", r.privilegedRanges().texts()),
                Rules.parsedBy(text -> IpPatternList.parse("privilegedRanges", lines(text))));
        allowLocalSenders = new SimpleBooleanProperty(r.allowLocalSenders());
        allowAnyone = new SimpleBooleanProperty(r.allowAnyone());
        forceInboundResolution = new SimpleBooleanProperty(r.forceInboundResolution());

        accessMode = new SimpleObjectProperty<>(b.access().mode());
        accessPatterns = form.add("patterns", String.join("\n", b.access().patterns().texts()),
                Rules.parsedBy(text -> IpPatternList.parse("patterns", lines(text))));

        SecuritySettings sec = b.security();
        authenticatedMustUseOwnAddress = new SimpleBooleanProperty(sec.authenticatedMustUseOwnAddress());
        localSendersMustAuthenticate = new SimpleBooleanProperty(sec.localSendersMustAuthenticate());
        acceptDomainLiterals = new SimpleBooleanProperty(sec.acceptDomainLiterals());
        disableCatchAlls = new SimpleBooleanProperty(sec.disableCatchAlls());

        activityLog = new SimpleBooleanProperty(s.logging().activity());
        debugLog = new SimpleBooleanProperty(s.logging().debug());
        w3cLog = new SimpleBooleanProperty(s.logging().w3c());
    }

    static List<String> lines(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("[\\r\\n,]+"))
                .map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** True while the Relay tab would make this server an open relay: the dialog warns loudly. */
    public BooleanBinding openRelay() {
        return Bindings.createBooleanBinding(() -> relayEnabled.get() && (allowAnyone.get()
                        || (allowPrivilegedRanges.get() && lines(privilegedRanges.text()).stream()
                        .anyMatch(p -> p.endsWith("/0") || p.equals("*") || p.equals("*.*.*.*")))),
                relayEnabled, allowAnyone, allowPrivilegedRanges, privilegedRanges.textProperty());
    }

    /** Messages waiting for the MTA, which does not exist yet. */
    public int queuedForRemoteDelivery() {
        return loaded.queued();
    }

    public String certificateDescription() {
        return loaded.certificate();
    }

    SmtpSettings smtpValue() {
        return new SmtpSettings(bindAddress.text(), greeting.text(),
                new SmtpSettings.Port(smtpEnabled.get(), Integer.parseInt(port.text().strip())),
                new SmtpSettings.Port(submissionEnabled.get(), Integer.parseInt(submissionPort.text().strip())),
                new SmtpSettings.Port(smtpsEnabled.get(), Integer.parseInt(smtpsPort.text().strip())),
                new SmtpSettings.Limits(Integer.parseInt(maxConnections.text().strip()),
                        Integer.parseInt(maxMessageSizeKb.text().strip()), Integer.parseInt(maxRecipients.text().strip()),
                        Integer.parseInt(commandTimeoutSeconds.text().strip()), Integer.parseInt(dataTimeoutSeconds.text().strip())),
                allowAuthWithoutTls.get(), new SmtpSettings.LogSwitches(activityLog.get(), debugLog.get(), w3cLog.get()));
    }

    RelaySettings relayValue() {
        return new RelaySettings(relayEnabled.get(), allowAuthenticated.get(), allowPrivilegedRanges.get(),
                IpPatternList.parse("privilegedRanges", lines(privilegedRanges.text())), allowLocalSenders.get(),
                allowAnyone.get(), forceInboundResolution.get());
    }

    SecuritySettings securityValue() {
        return new SecuritySettings(authenticatedMustUseOwnAddress.get(), localSendersMustAuthenticate.get(),
                acceptDomainLiterals.get(), disableCatchAlls.get());
    }

    AccessControlSettings accessValue() {
        return new AccessControlSettings(accessMode.get(), IpPatternList.parse("patterns", lines(accessPatterns.text())));
    }

    TlsSettings tlsValue() {
        return new TlsSettings(tlsSource.get(), certificateFile.text(), keyFile.text(), pkcs12File.text(),
                pkcs12Password.text(), tlsHostName.text());
    }

    @Override
    protected Callable<?> prepareSave() {
        SmtpSettings smtp = smtpValue();
        RelaySettings relay = relayValue();
        SecuritySettings security = securityValue();
        AccessControlSettings access = accessValue();
        TlsSettings tls = tlsValue();
        return () -> {
            client.putSettings(SmtpSections.RELAY.name(), relay);
            client.putSettings(SmtpSections.SECURITY.name(), security);
            client.putSettings(SmtpSections.ACCESS.name(), access);
            client.putSettings(SmtpSections.TLS.name(), tls);
            return client.putSettings(SmtpSections.SMTP.name(), smtp);
        };
    }
}
