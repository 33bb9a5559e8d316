package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Maildrop;
import dev.mailroom.server.pop3.Pop3Body;
import dev.mailroom.server.pop3.Pop3Command;
import dev.mailroom.server.pop3.Pop3Refusal;
import dev.mailroom.server.pop3.Pop3Reply;
import dev.mailroom.server.pop3.Pop3Session;
import dev.mailroom.server.pop3.Pop3State;
import java.util.Set;

/** RETR n: the whole message, streamed from the store. */
public final class RetrCommand implements Pop3Command {
    @Override
    public String name() {
        return "RETR";
    }

    @Override
    public Set<Pop3State> validIn() {
        return States.TRANSACTION;
    }

    @Override
    public Pop3Reply execute(Pop3Session session, String args) throws Pop3Refusal {
        Maildrop.Entry entry = session.maildrop().find(OneArg.of("RETR", args));
        return Pop3Reply.ok(entry.octets() + " octets")
                .withBody(new Pop3Body.Message(entry.message(), Pop3Body.Message.ALL));
    }
}
