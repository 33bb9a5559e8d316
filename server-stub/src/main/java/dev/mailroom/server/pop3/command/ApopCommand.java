package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Pop3Command;
import dev.mailroom.server.pop3.Pop3Refusal;
import dev.mailroom.server.pop3.Pop3Reply;
import dev.mailroom.server.pop3.Pop3Session;
import dev.mailroom.server.pop3.Pop3State;
import java.util.Set;

/** APOP: refused with a reason. It needs the password in clear on the server, and Mailroom stores only hashes. */
public final class ApopCommand implements Pop3Command {
    @Override
    public String name() {
        return "APOP";
    }

    @Override
    public Set<Pop3State> validIn() {
        return States.AUTHORIZATION;
    }

    @Override
    public Pop3Reply execute(Pop3Session session, String args) throws Pop3Refusal {
        throw new Pop3Refusal("APOP is not supported: passwords are stored hashed; use USER/PASS or AUTH PLAIN over TLS");
    }
}
