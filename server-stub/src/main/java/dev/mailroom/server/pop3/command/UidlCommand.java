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

/** UIDL [n]: unique ids, the message ids of the store, stable across sessions and restarts. */
public final class UidlCommand implements Pop3Command {
    @Override
    public String name() {
        return "UIDL";
    }

    @Override
    public Set<Pop3State> validIn() {
        return States.TRANSACTION;
    }

    @Override
    public Pop3Reply execute(Pop3Session session, String args) throws Pop3Refusal {
        if (args.isBlank()) {
            List<String> lines = new ArrayList<>();
            for (Maildrop.Entry e : session.maildrop().live()) {
                lines.add(e.number() + " " + e.uid());
            }
            return Pop3Reply.lines("Unique ids follow", lines);
        }
        Maildrop.Entry entry = session.maildrop().find(OneArg.of("UIDL", args));
        return Pop3Reply.ok(entry.number() + " " + entry.uid());
    }
}
