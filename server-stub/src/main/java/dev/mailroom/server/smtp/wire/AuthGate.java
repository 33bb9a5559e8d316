package dev.mailroom.server.smtp.wire;

import dev.mailroom.server.smtp.SessionRules;
import java.io.IOException;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.internal.server.Command;
import org.subethamail.smtp.internal.server.CommandException;
import org.subethamail.smtp.internal.server.HelpMessage;
import org.subethamail.smtp.server.Session;

/**
 * Refuses AUTH on a connection where credentials would travel in clear text, unless the
 * administrator allowed it or the client is on loopback (RFC 4954 reply 538).
 */
public final class AuthGate implements Command {
    private final Command auth;
    private final SessionRules rules;

    public AuthGate(Command auth, SessionRules rules) {
        this.auth = auth;
        this.rules = rules;
    }

    @Override
    public void execute(String commandString, Session sess) throws IOException, DropConnectionException {
        if (!rules.authAllowed(sess.isTLSStarted(), Connections.of(sess))) {
            sess.sendResponse("538 5.7.11 Encryption required for requested authentication mechanism: use STARTTLS first");
            return;
        }
        auth.execute(commandString, sess);
    }

    @Override
    public HelpMessage getHelp() throws CommandException {
        return auth.getHelp();
    }

    @Override
    public String getName() {
        return auth.getName();
    }
}
