package dev.mailroom.server.pop3;

import dev.mailroom.core.config.SettingsSections;
import dev.mailroom.core.logs.LogFileNames;
import dev.mailroom.core.logs.LogSwitches;
import dev.mailroom.core.logs.ServiceLog;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.core.pop3.Pop3Settings;
import dev.mailroom.core.smtp.SmtpSections;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.service.MailService;
import dev.mailroom.server.tls.TlsContextProvider;
import dev.mailroom.server.tls.TlsUnavailableException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * The POP3 service as the launcher sees it. Limits, clear-text and auto-ban settings are read
 * on every connection; a change of ports, binding or TLS switches restarts the listeners
 * (sessions on the old listeners end; none has reached UPDATE, so nothing is deleted).
 */
public final class Pop3Service implements MailService {
    private final ServerContext ctx;
    private final ServiceLog serviceLog;
    private final Pop3Events events;
    private final DirectoryAuthenticator authenticator;
    private final LoginBans bans;
    private volatile SSLContext tls;
    private volatile String tlsProblem = "";
    private Pop3Server server;
    private Pop3Settings running;

    public Pop3Service(ServerContext ctx) {
        this.ctx = ctx;
        this.serviceLog = ServiceLog.open(ctx.dataDir(), LogFileNames.POP, ctx.clock(), LogSwitches.of(true, true, false));
        this.events = new Pop3Log(serviceLog);
        this.authenticator = new DirectoryAuthenticator(ctx.directory(), this::defaultPostOffice,
                () -> settings().alternateAtCharacters());
        this.bans = new LoginBans(ctx.clock());
        ctx.settings().onChange(Pop3Settings.SECTION, this::settingsChanged);
        // A new certificate (the one SMTP shares) applies at once, like SMTP's own listeners.
        ctx.settings().onChange(SmtpSections.TLS, tlsSettings -> restart("TLS certificate settings changed"));
    }

    private Optional<PostOfficeName> defaultPostOffice() {
        String name = ctx.settings().read(SettingsSections.SERVER).defaultPostOffice();
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(PostOfficeName.of(name));
    }

    private Pop3Settings settings() {
        return ctx.settings().read(Pop3Settings.SECTION);
    }

    @Override
    public String name() {
        return "pop3";
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        loadTls();
        running = settings();
        server = new Pop3Server(this::settings, ctx.overrides().pop3Port(), ctx.overrides().bindAddress(),
                ctx.messages(), authenticator, () -> tls, bans, events);
        server.start();
    }

    private void loadTls() {
        try {
            tls = TlsContextProvider.load(ctx.dataDir(), ctx.settings().read(SmtpSections.TLS)).sslContext();
            tlsProblem = "";
        } catch (TlsUnavailableException e) {
            tls = null;
            tlsProblem = e.getMessage();
            serviceLog.debug("", "TLS unavailable, STLS and port 995 not offered: " + e.getMessage());
        }
    }

    private synchronized void settingsChanged(Pop3Settings next) {
        if (server == null || sameListeners(running, next)) {
            return;
        }
        restart("POP3 ports or binding changed");
    }

    private synchronized void restart(String why) {
        if (server == null) {
            return;
        }
        serviceLog.debug("", why + "; restarting the POP3 listeners");
        server.stop();
        server = null;
        start();
    }

    private static boolean sameListeners(Pop3Settings a, Pop3Settings b) {
        return a.port() == b.port() && a.portEnabled() == b.portEnabled() && a.tlsPort() == b.tlsPort()
                && a.tlsPortEnabled() == b.tlsPortEnabled() && Objects.equals(a.bindAddress(), b.bindAddress());
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
        serviceLog.flush(2_000);
    }

    @Override
    public synchronized List<Listener> listeners() {
        return server == null ? List.of() : server.listeners();
    }

    public synchronized int connectionsNow() {
        return server == null ? 0 : server.connectionsNow();
    }

    /** Outlives listener restarts, so a ban survives a port change. */
    public LoginBans bans() {
        return bans;
    }

    /** Why TLS is unavailable, empty when a certificate is loaded. */
    public String tlsProblem() {
        return tlsProblem;
    }

    /** Waits until every log line so far is in the files (tests, and the API before it reads a log). */
    public boolean flushLogs() {
        return serviceLog.flush(5_000);
    }
}
