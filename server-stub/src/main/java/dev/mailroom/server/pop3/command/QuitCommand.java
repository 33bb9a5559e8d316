package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Pop3Command;
import dev.mailroom.server.pop3.Pop3Reply;
import dev.mailroom.server.pop3.Pop3Session;
import dev.mailroom.server.pop3.Pop3State;
import java.util.Set;

/** QUIT: from AUTHORIZATION just closes; from TRANSACTION enters UPDATE and removes marked messages. */
public final class QuitCommand implements Pop3Command {
    @Override
    public String name() {
        return "QUIT";
    }

    @Override
    public Set<Pop3State> validIn() {
        return States.BOTH;
    }

    @Override
    public Pop3Reply execute(Pop3Session session, String args) {
        if (session.state() == Pop3State.TRANSACTION) {
            return session.update();
        }
        return Pop3Reply.ok("Mailroom POP3 server signing off").thenClose();
    }
}
