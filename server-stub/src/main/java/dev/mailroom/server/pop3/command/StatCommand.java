package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Maildrop;
import dev.mailroom.server.pop3.Pop3Command;
import dev.mailroom.server.pop3.Pop3Refusal;
import dev.mailroom.server.pop3.Pop3Reply;
import dev.mailroom.server.pop3.Pop3Session;
import dev.mailroom.server.pop3.Pop3State;
import java.util.Set;

/** STAT: count and octets of the messages not marked deleted. */
public final class StatCommand implements Pop3Command {
    @Override
    public String name() {
        return "STAT";
    }

    @Override
    public Set<Pop3State> validIn() {
        return States.TRANSACTION;
    }

    @Override
    public Pop3Reply execute(Pop3Session session, String args) throws Pop3Refusal {
        NoArgs.check("STAT", args);
        Maildrop drop = session.maildrop();
        return Pop3Reply.ok(drop.liveCount() + " " + drop.liveOctets());
    }
}
