package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Pop3Command;
import dev.mailroom.server.pop3.Pop3Refusal;
import dev.mailroom.server.pop3.Pop3Reply;
import dev.mailroom.server.pop3.Pop3Session;
import dev.mailroom.server.pop3.Pop3State;
import java.util.Set;

/** USER name: remembers the name for PASS (RFC 1939 section 7). */
public final class UserCommand implements Pop3Command {
    @Override
    public String name() {
        return "USER";
    }

    @Override
    public Set<Pop3State> validIn() {
        return States.AUTHORIZATION;
    }

    @Override
    public Pop3Reply execute(Pop3Session session, String args) throws Pop3Refusal {
        if (!session.clearTextLoginAllowed()) {
            throw ClearText.refusal();
        }
        String name = args.strip();
        if (name.isEmpty() || name.contains(" ")) {
            throw new Pop3Refusal("USER needs exactly one argument: USER mailbox@postoffice");
        }
        session.pendingUser(name);
        return Pop3Reply.ok("Send PASS for " + name);
    }
}
