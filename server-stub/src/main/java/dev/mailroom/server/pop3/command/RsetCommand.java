package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Maildrop;
import dev.mailroom.server.pop3.Pop3Command;
import dev.mailroom.server.pop3.Pop3Refusal;
import dev.mailroom.server.pop3.Pop3Reply;
import dev.mailroom.server.pop3.Pop3Session;
import dev.mailroom.server.pop3.Pop3State;
import java.util.Set;

/** RSET: unmarks every message marked deleted. */
public final class RsetCommand implements Pop3Command {
    @Override
    public String name() {
        return "RSET";
    }

    @Override
    public Set<Pop3State> validIn() {
        return States.TRANSACTION;
    }

    @Override
    public Pop3Reply execute(Pop3Session session, String args) throws Pop3Refusal {
        NoArgs.check("RSET", args);
        Maildrop drop = session.maildrop();
        drop.unmarkAll();
        return Pop3Reply.ok("Maildrop has " + drop.liveCount() + " messages (" + drop.liveOctets() + " octets)");
    }
}
