package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Maildrop;
import dev.mailroom.server.pop3.Pop3Command;
import dev.mailroom.server.pop3.Pop3Refusal;
import dev.mailroom.server.pop3.Pop3Reply;
import dev.mailroom.server.pop3.Pop3Session;
import dev.mailroom.server.pop3.Pop3State;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** LIST [n]: message sizes in octets as sent (CRLF line ends, before stuffing). */
public final class ListCommand implements Pop3Command {
    @Override
    public String name() {
        return "LIST";
    }

    @Override
    public Set<Pop3State> validIn() {
        return States.TRANSACTION;
    }

    @Override
    public Pop3Reply execute(Pop3Session session, String args) throws Pop3Refusal {
        if (args.isBlank()) {
            Maildrop drop = session.maildrop();
            List<String> lines = new ArrayList<>();
            for (Maildrop.Entry e : drop.live()) {
                lines.add(e.number() + " " + e.octets());
            }
            return Pop3Reply.lines(drop.liveCount() + " messages (" + drop.liveOctets() + " octets)", lines);
        }
        Maildrop.Entry entry = session.maildrop().find(OneArg.of("LIST", args));
        return Pop3Reply.ok(entry.number() + " " + entry.octets());
    }
}
