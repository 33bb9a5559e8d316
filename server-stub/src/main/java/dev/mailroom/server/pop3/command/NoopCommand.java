package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Pop3Command;
import dev.mailroom.server.pop3.Pop3Refusal;
import dev.mailroom.server.pop3.Pop3Reply;
import dev.mailroom.server.pop3.Pop3Session;
import dev.mailroom.server.pop3.Pop3State;
import java.util.Set;

/** NOOP: does nothing, keeps the connection alive. */
public final class NoopCommand implements Pop3Command {
    @Override
    public String name() {
        return "NOOP";
    }

    @Override
    public Set<Pop3State> validIn() {
        return States.TRANSACTION;
    }

    @Override
    public Pop3Reply execute(Pop3Session session, String args) throws Pop3Refusal {
        NoArgs.check("NOOP", args);
        return Pop3Reply.ok("");
    }
}
