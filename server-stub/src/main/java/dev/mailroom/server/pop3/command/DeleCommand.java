package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Maildrop;
import dev.mailroom.server.pop3.Pop3Command;
import dev.mailroom.server.pop3.Pop3Refusal;
import dev.mailroom.server.pop3.Pop3Reply;
import dev.mailroom.server.pop3.Pop3Session;
import dev.mailroom.server.pop3.Pop3State;
import java.util.Set;

/** DELE n: marks a message; it is removed only at QUIT (UPDATE state). */
public final class DeleCommand implements Pop3Command {
    @Override
    public String name() {
        return "DELE";
    }

    @Override
    public Set<Pop3State> validIn() {
        return States.TRANSACTION;
    }

    @Override
    public Pop3Reply execute(Pop3Session session, String args) throws Pop3Refusal {
        Maildrop.Entry entry = session.maildrop().find(OneArg.of("DELE", args));
        session.maildrop().markDeleted(entry);
        return Pop3Reply.ok("Message " + entry.number() + " marked for deletion");
    }
}
