package dev.mailroom.server.smtp.wire;

import dev.mailroom.server.smtp.SessionRules;
import java.io.IOException;
import org.subethamail.smtp.internal.server.BaseCommand;
import org.subethamail.smtp.server.Session;

/**
 * Mailroom's EHLO: advertises exactly what this session may use. AUTH appears only where
 * {@link SessionRules#authAllowed} says so (after STARTTLS, on loopback, or when clear-text
 * authentication is allowed); STARTTLS only when a certificate is loaded and TLS is not yet on;
 * no CHUNKING, since BDAT is not offered; no ENHANCEDSTATUSCODES, since several of SubEthaSMTP's
 * own replies ({@code 250 Ok}) carry none and RFC 2034 would then require them on every reply.
 */
public final class EhloCommand extends BaseCommand {
    private final SessionRules rules;

    public EhloCommand(SessionRules rules) {
        super("EHLO", "Introduce yourself.", "<hostname>");
        this.rules = rules;
    }

    @Override
    public void execute(String commandString, Session sess) throws IOException {
        String[] args = getArgs(commandString);
        if (args.length < 2) {
            sess.sendResponse("501 5.5.4 Syntax: EHLO hostname");
            return;
        }
        sess.resetMailTransaction();
        sess.setHelo(args[1]);
        StringBuilder r = new StringBuilder("250-").append(sess.getServer().getHostName());
        r.append("\r\n250-PIPELINING");
        r.append("\r\n250-SIZE ").append(rules.settings().limits().maxMessageBytes());
        r.append("\r\n250-8BITMIME");
        if (rules.tlsAvailable() && !sess.isTLSStarted()) {
            r.append("\r\n250-STARTTLS");
        }
        if (rules.authAllowed(sess.isTLSStarted(), Connections.of(sess))) {
            r.append("\r\n250-AUTH PLAIN LOGIN");
        }
        r.append("\r\n250 OK");
        sess.sendResponse(r.toString());
    }
}
