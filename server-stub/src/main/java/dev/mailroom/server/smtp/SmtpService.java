package dev.mailroom.server.smtp;

import dev.mailroom.core.config.SettingsSections;
import dev.mailroom.core.logs.LogFileNames;
import dev.mailroom.core.logs.LogKind;
import dev.mailroom.core.logs.ServiceLog;
import dev.mailroom.core.smtp.SmtpSections;
import dev.mailroom.core.smtp.SmtpSettings;
import dev.mailroom.core.tls.CertificateInfo;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.dns.DnsGate;
import dev.mailroom.server.service.MailService;
import dev.mailroom.server.smtp.auth.Authenticator;
import dev.mailroom.server.smtp.auth.DirectoryAuthenticator;
import dev.mailroom.server.smtp.auth.SaslAuthentication;
import dev.mailroom.server.tls.TlsContextProvider;
import dev.mailroom.server.tls.TlsUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * The SMTP connector: up to three listeners (25, 587, 465) sharing one policy, one delivery and
 * one set of logs. Relay, security and access-control settings are read for every connection or
 * command; a change of the connector's own settings or of the certificate restarts the listeners.
 */
public final class SmtpService implements MailService {
    private final ServerContext ctx;
    private final RecipientPolicy policy;
    private final Authenticator authenticator;
    private final SmtpLog log;
    private final List<SmtpListener> listeners = new ArrayList<>();
    private final OutboundQueue queue;
    private final DnsGate dnsGate;
    private volatile Optional<CertificateInfo> certificate = Optional.empty();
    private volatile String tlsProblem = "";
    private boolean running;
    private List<Object> startedWith = List.of();

    private final ServiceLog serviceLog;

    public SmtpService(ServerContext ctx) {
        this.ctx = ctx;
        // Asked on every line, so switching a log off on the Logging tab applies at once.
        this.serviceLog = ServiceLog.open(ctx.dataDir(), LogFileNames.SMTP, ctx.clock(),
                kind -> switches(ctx.settings().read(SmtpSections.SMTP).logging(), kind));
        this.log = new ServiceSmtpLog(serviceLog);
        this.policy = new PolicyAdapter(ctx.directory(), ctx.settings(), log);
        this.authenticator = new DirectoryAuthenticator(ctx.directory(),
                () -> ctx.settings().read(SettingsSections.SERVER).defaultPostOffice(), log);
        this.queue = new OutboundQueue(ctx.dataDir());
        // One gate (one DNS cache) for every listener and connection of the connector.
        this.dnsGate = DnsGate.of(ctx.settings());
        // A change on the General, Inbound or Logging tab or of the certificate rebinds the
        // listeners at once, so every setting the console shows takes effect without a restart.
        ctx.settings().onChange(SmtpSections.SMTP, changed -> restartIfRunning());
        ctx.settings().onChange(SmtpSections.TLS, changed -> restartIfRunning());
    }

    private synchronized void restartIfRunning() {
        // The Logging tab's switches are read on every line: only a change of what the
        // listeners were built from rebinds them (a save writes every tab, changed or not).
        if (running && !listenerSettings().equals(startedWith)) {
            stop();
            start();
        }
    }

    /** What the listeners are built from: the connector's settings without its log switches, and the certificate. */
    private List<Object> listenerSettings() {
        return List.of(ctx.settings().read(SmtpSections.SMTP).withLogging(SmtpSettings.LogSwitches.defaults()),
                ctx.settings().read(SmtpSections.TLS), ctx.settings().read(SettingsSections.SERVER).hostName());
    }

    private static boolean switches(SmtpSettings.LogSwitches s, LogKind kind) {
        return switch (kind) {
            case ACTIVITY -> s.activity();
            case DEBUG -> s.debug();
            case W3C -> s.w3c();
        };
    }

    /** Waits until every log line so far is in the files (tests, and the API before it reads a log). */
    public boolean flushLogs() {
        return serviceLog.flush(5_000);
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public synchronized void start() {
        running = true;
        startedWith = listenerSettings();
        listeners.clear();
        SmtpSettings s = ctx.settings().read(SmtpSections.SMTP);
        String hostName = ctx.settings().read(SettingsSections.SERVER).hostName();
        Optional<SSLContext> tls = loadTls();
        if (ctx.overrides().smtpPort().isPresent()) {
            s = s.withPorts(new SmtpSettings.Port(true, ctx.overrides().smtpPort().getAsInt()), s.submission(), s.smtps());
        }
        String bind = ctx.overrides().bindAddress() != null ? ctx.overrides().bindAddress() : s.bindAddress();
        SmtpListener.Parts parts = new SmtpListener.Parts(policy,
                new Delivery(ctx.directory(), ctx.messages(), queue, log),
                new SaslAuthentication(authenticator, log),
                () -> ctx.settings().read(SmtpSections.ACCESS),
                log, ctx.clock(), new MessageIds(ctx.clock()),
                ctx.dataDir().resolve("Queues").resolve("Incoming"), tls, dnsGate);
        add(s, hostName, ListenerKind.SMTP, s.smtp(), bind, tls.isPresent(), parts);
        add(s, hostName, ListenerKind.SUBMISSION, s.submission(), bind, tls.isPresent(), parts);
        add(s, hostName, ListenerKind.SMTPS, s.smtps(), bind, tls.isPresent(), parts);
    }

    private void add(SmtpSettings s, String hostName, ListenerKind kind, SmtpSettings.Port port, String bind, boolean tls,
                     SmtpListener.Parts parts) {
        if (!port.enabled()) {
            return;
        }
        SmtpListener l = new SmtpListener(new SessionRules(kind, s, hostName, tls), bind, port.port());
        l.start(parts);
        listeners.add(l);
    }

    private Optional<SSLContext> loadTls() {
        try {
            TlsContextProvider p = TlsContextProvider.load(ctx.dataDir(), ctx.settings().read(SmtpSections.TLS));
            certificate = Optional.of(p.info());
            tlsProblem = "";
            return Optional.of(p.sslContext());
        } catch (TlsUnavailableException e) {
            tlsProblem = e.getMessage();
            log.debug("", "TLS unavailable, STARTTLS not offered: " + e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        for (SmtpListener l : listeners) {
            l.stop();
        }
        serviceLog.flush(2_000);
    }

    @Override
    public synchronized List<Listener> listeners() {
        return listeners.stream().map(SmtpListener::describe).toList();
    }

    /** The port the listener of that kind is bound to (the real one when the setting was 0). */
    public synchronized int port(ListenerKind kind) {
        return listeners.stream().filter(l -> l.describe().label().equals(kind.label()))
                .mapToInt(SmtpListener::port).findFirst()
                .orElseThrow(() -> new IllegalStateException(kind + " is not enabled"));
    }

    /** The connector's DNS checks, whose client counts the queries sent (benchmark, tests). */
    public DnsGate dnsGate() {
        return dnsGate;
    }

    public OutboundQueue outboundQueue() {
        return queue;
    }

    public Optional<CertificateInfo> certificate() {
        return certificate;
    }

    /** Why TLS is unavailable, empty when a certificate is loaded. */
    public String tlsProblem() {
        return tlsProblem;
    }
}
