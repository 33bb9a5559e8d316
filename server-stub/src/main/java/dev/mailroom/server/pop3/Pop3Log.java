package dev.mailroom.server.pop3;

import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.logs.ActivityRecord;
import dev.mailroom.core.logs.ServiceLog;
import java.net.InetSocketAddress;
import java.util.Set;

/**
 * Writes the POP3 service's logs through the shared {@link ServiceLog}:
 * {@code Logging/POP/POP-Activity-YYMMDD.log} with the SMTP activity log's columns and type
 * {@code POP-IN}, and {@code POP-Debug-YYMMDD.log}. Arguments arrive already masked by the
 * commands (PASS, AUTH); the ServiceLog masks again, so a password cannot reach a file.
 */
public final class Pop3Log implements Pop3Events {
    /** Commands whose argument is a message number: column C then names the message file. */
    private static final Set<String> MESSAGE_COMMANDS = Set.of("RETR", "TOP", "DELE", "LIST", "UIDL");

    private final ServiceLog log;

    public Pop3Log(ServiceLog log) {
        this.log = log;
    }

    @Override
    public void connected(Pop3Session session) {
        log.debug("", "POP3 connection from " + address(session.remote()) + " to " + address(session.local())
                + (session.tlsActive() ? " (implicit TLS)" : ""));
    }

    @Override
    public void exchange(Pop3Session session, String verb, String args, String replyLine, long octetsIn, long octetsOut) {
        String messageId = MESSAGE_COMMANDS.contains(verb) && session.maildrop() != null
                ? session.maildrop().idOf(args).orElse("") : "";
        log.activity(new ActivityRecord(log.now(), ActivityRecord.POP_IN, messageId, address(session.local()),
                session.remote().getAddress().getHostAddress(), verb, args, replyLine, octetsOut, octetsIn,
                account(session)));
    }

    @Override
    public void loginSucceeded(Pop3Session session, MailboxRef mailbox) {
        log.debug("", "POP3 login from " + session.remote().getAddress().getHostAddress() + " as mailbox " + mailbox
                + (session.tlsActive() ? " over TLS" : " in clear text") + ": " + session.maildrop().liveCount()
                + " messages");
    }

    @Override
    public void loginFailed(Pop3Session session, String loginName, String reason) {
        log.debug("", "POP3 login failed from " + session.remote().getAddress().getHostAddress() + ": " + reason);
    }

    @Override
    public void updated(Pop3Session session, MailboxRef mailbox, int removed, int failed) {
        log.debug("", "POP3 UPDATE for " + mailbox + ": " + removed + " messages removed"
                + (failed > 0 ? ", " + failed + " could not be removed" : ""));
    }

    @Override
    public void disconnected(Pop3Session session, String reason) {
        log.debug("", "POP3 connection from " + address(session.remote()) + " ended: " + reason);
    }

    private static String account(Pop3Session session) {
        return session.mailbox().map(m -> m.mailbox().value() + "@" + m.postOffice().value()).orElse("");
    }

    private static String address(InetSocketAddress a) {
        return a.getAddress().getHostAddress() + ":" + a.getPort();
    }
}
