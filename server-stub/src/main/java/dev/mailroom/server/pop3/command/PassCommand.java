package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Pop3Command;
import dev.mailroom.server.pop3.Pop3Refusal;
import dev.mailroom.server.pop3.Pop3Reply;
import dev.mailroom.server.pop3.Pop3Session;
import dev.mailroom.server.pop3.Pop3State;
import java.io.IOException;
import java.util.Set;

/** PASS secret: completes USER. The argument may hold spaces (RFC 1939 allows it). */
public final class PassCommand implements Pop3Command {
    @Override
    public String name() {
        return "PASS";
    }

    @Override
    public Set<Pop3State> validIn() {
        return States.AUTHORIZATION;
    }

    @Override
    public Pop3Reply execute(Pop3Session session, String args) throws Pop3Refusal, IOException {
        if (!session.clearTextLoginAllowed()) {
            throw ClearText.refusal();
        }
        String user = session.pendingUser()
                .orElseThrow(() -> new Pop3Refusal("PASS must follow a successful USER command"));
        if (args.isEmpty()) {
            session.pendingUser(null);
            throw new Pop3Refusal("PASS needs the password as its argument");
        }
        return session.login(user, args.toCharArray());
    }

    @Override
    public String loggedArgs(String args) {
        return "****";
    }
}
