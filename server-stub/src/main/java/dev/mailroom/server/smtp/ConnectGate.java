package dev.mailroom.server.smtp;

import dev.mailroom.core.access.AccessControl;
import dev.mailroom.core.access.AccessControlSettings;
import dev.mailroom.core.access.ConnectVerdict;
import dev.mailroom.core.smtp.Reply;
import dev.mailroom.server.dns.DnsGate;
import dev.mailroom.server.dns.DnsGateSession;
import dev.mailroom.server.smtp.wire.Connections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.subethamail.smtp.server.Session;
import org.subethamail.smtp.server.SessionHandler;

/**
 * SubEthaSMTP's accept hook: runs before the greeting. Applies the connector's Access Control
 * list (article 4) with admin-core's {@link AccessControl}; a refused client gets {@code 554}
 * instead of the greeting, and both the refusal and the greeting are logged. Then opens the
 * connection's DNS checks; in the blacklists' deny-on-connect mode a listed client gets
 * {@code 554} instead of the greeting too.
 */
final class ConnectGate implements SessionHandler {
    private final Supplier<AccessControlSettings> access;
    private final SessionRules rules;
    private final SmtpLog log;
    private final String greeting;
    private final DnsGate dns;

    ConnectGate(Supplier<AccessControlSettings> access, SessionRules rules, SmtpLog log, String greeting, DnsGate dns) {
        this.access = access;
        this.dns = dns;
        this.rules = rules;
        this.log = log;
        this.greeting = greeting;
    }

    @Override
    public SessionAcceptance accept(Session session) {
        SmtpConnection c = Connections.of(session);
        ConnectVerdict v = AccessControl.check(c.remote().getAddress(), access.get());
        log.debug("", v.logLine());
        if (!v.allowed()) {
            var reply = v.reply().orElseThrow();
            log.activity(c, "", "CONNECT", c.remoteIp(),
                    new SmtpConnection.Exchange(List.of(reply.toString()), reply.toString().length() + 2L, 0));
            return SessionAcceptance.failure(reply.code(), reply.message());
        }
        // Blacklists and PTR are asked now, in the background; deny-on-connect waits for them.
        DnsGateSession checks = dns.open(c.remote().getAddress(), line -> log.debug("", line));
        c.dnsChecks(checks);
        Optional<Reply> listed = checks.onConnect();
        if (listed.isPresent()) {
            log.activity(c, "", "CONNECT", c.remoteIp(),
                    new SmtpConnection.Exchange(List.of(listed.get().toString()), listed.get().toString().length() + 2L, 0));
            return SessionAcceptance.failure(listed.get().code(), listed.get().message());
        }
        log.activity(c, "", "CONNECT", c.remoteIp() + " " + rules.kind().label(),
                new SmtpConnection.Exchange(List.of(greeting), greeting.length() + 2L, 0));
        return SessionAcceptance.success();
    }

    @Override
    public void onSessionEnd(Session session) {
        // The connection's last command (QUIT or the one that failed) is already logged.
    }
}
