package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Maildrop;
import dev.mailroom.server.pop3.Pop3Body;
import dev.mailroom.server.pop3.Pop3Command;
import dev.mailroom.server.pop3.Pop3Refusal;
import dev.mailroom.server.pop3.Pop3Reply;
import dev.mailroom.server.pop3.Pop3Session;
import dev.mailroom.server.pop3.Pop3State;
import java.util.Set;

/** TOP n lines: the header, the blank line and the first lines of the body. */
public final class TopCommand implements Pop3Command {
    @Override
    public String name() {
        return "TOP";
    }

    @Override
    public Set<Pop3State> validIn() {
        return States.TRANSACTION;
    }

    @Override
    public Pop3Reply execute(Pop3Session session, String args) throws Pop3Refusal {
        String[] words = args.strip().split(" +");
        if (words.length != 2) {
            throw new Pop3Refusal("TOP needs two arguments: TOP message-number lines");
        }
        Maildrop.Entry entry = session.maildrop().find(words[0]);
        int lines = Maildrop.parseNumber(words[1], "line count");
        return Pop3Reply.ok("Top of message " + entry.number() + " follows")
                .withBody(new Pop3Body.Message(entry.message(), lines));
    }
}
