package dev.mailroom.server.smtp;

import dev.mailroom.core.access.AccessControlSettings;
import dev.mailroom.server.dns.DnsGate;
import dev.mailroom.server.service.MailService;
import dev.mailroom.server.smtp.auth.SaslAuthentication;
import dev.mailroom.server.smtp.wire.AuthGate;
import dev.mailroom.server.smtp.wire.EhloCommand;
import dev.mailroom.server.smtp.wire.LoggedCommand;
import dev.mailroom.server.smtp.wire.NotOffered;
import dev.mailroom.server.smtp.wire.StartTls;
import dev.mailroom.server.smtp.wire.TappedServerSocket;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.subethamail.smtp.internal.server.Command;
import org.subethamail.smtp.internal.server.CommandHandler;
import org.subethamail.smtp.server.SMTPServer;

/**
 * One listening SMTP port: a SubEthaSMTP server wired with Mailroom's commands, connect hook,
 * authentication and transaction handler. A port that cannot be bound is not an error of the
 * whole service: the listener reports STOPPED with the operating system's reason.
 */
final class SmtpListener {
    private final SessionRules rules;
    private final String bindAddress;
    private final int port;
    private volatile SMTPServer server;
    private volatile String state = "STOPPED";
    private volatile String reason = "";

    /** Everything a listener needs from the service, shared by the service's listeners. */
    record Parts(RecipientPolicy policy, Delivery delivery, SaslAuthentication auth, Supplier<AccessControlSettings> access,
                 SmtpLog log, Clock clock, MessageIds ids, Path spoolDir, Optional<SSLContext> tls, DnsGate dns) {
    }

    SmtpListener(SessionRules rules, String bindAddress, int port) {
        this.rules = rules;
        this.bindAddress = bindAddress;
        this.port = port;
    }

    void start(Parts parts) {
        if (rules.kind().implicitTls() && parts.tls().isEmpty()) {
            state = "STOPPED";
            reason = "No TLS certificate could be loaded; see the TLS certificate on the General tab";
            return;
        }
        try {
            SMTPServer s = build(parts);
            s.start();
            server = s;
            state = "RUNNING";
            reason = "";
        } catch (RuntimeException | UnknownHostException e) {
            state = "STOPPED";
            reason = osReason(e);
        }
    }

    private SMTPServer build(Parts p) throws UnknownHostException {
        var limits = rules.settings().limits();
        String greeting = rules.settings().greeting();
        // Session threads come and go with connections; named so a thread dump says what they are.
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "smtp-" + rules.kind().label() + "-session");
            t.setDaemon(true);
            return t;
        });
        SMTPServer.Builder b = SMTPServer.port(port)
                .hostName(rules.hostName())
                .softwareName(greeting)
                .maxConnections(limits.maxConnections())
                .maxRecipients(limits.maxRecipients())
                .maxMessageSize((int) Math.min(Integer.MAX_VALUE, limits.maxMessageBytes()))
                .connectionTimeoutMs(limits.commandTimeoutSeconds() * 1000)
                .insertReceivedHeaders(false)
                .executorService(executor)
                .authenticationHandlerFactory(p.auth())
                .requireAuth(rules.kind().requiresAuth())
                .sessionHandler(new ConnectGate(p.access(), rules, p.log(),
                        "220 " + rules.hostName() + " ESMTP " + greeting, p.dns()))
                .messageHandlerFactory(ctx -> new SmtpTransaction((org.subethamail.smtp.server.Session) ctx, rules,
                        p.policy(), p.delivery(), p.spoolDir(), p.log(), p.clock(), p.ids()))
                .serverSocketFactory(() -> new TappedServerSocket(rules.kind(), p.tls().orElse(null)));
        if (!bindAddress.isEmpty()) {
            b.bindAddress(InetAddress.getByName(bindAddress));
        }
        if (p.tls().isPresent()) {
            b.enableTLS(true).startTlsSocketFactory(StartTls.creator(p.tls().get()));
        }
        SMTPServer s = b.build();
        wire(s.getCommandHandler(), p);
        return s;
    }

    /** Replaces EHLO, gates AUTH, drops BDAT, and puts the activity log around every command. */
    private void wire(CommandHandler handler, Parts p) {
        handler.addCommand(new EhloCommand(rules));
        handler.addCommand(new AuthGate(handler.getCommand("AUTH"), rules));
        handler.addCommand(new NotOffered("BDAT"));
        List<Command> all = new ArrayList<>();
        for (String verb : handler.getVerbs()) {
            all.add(handler.getCommand(verb));
        }
        for (Command c : all) {
            handler.addCommand(new LoggedCommand(c, p.log()));
        }
    }

    private static String osReason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName().replace("Exception", "") + ": " + t.getMessage();
    }

    void stop() {
        SMTPServer s = server;
        server = null;
        if (s != null) {
            s.stop();
        }
        if (state.equals("RUNNING")) {
            state = "STOPPED";
            reason = "stopped";
        }
    }

    MailService.Listener describe() {
        SMTPServer s = server;
        int actual = s != null ? s.getPortAllocated() : port;
        return new MailService.Listener(rules.kind().label(), bindAddress.isEmpty() ? "0.0.0.0" : bindAddress, actual,
                state, reason, rules.kind().setting());
    }

    int port() {
        SMTPServer s = server;
        return s != null ? s.getPortAllocated() : port;
    }
}
