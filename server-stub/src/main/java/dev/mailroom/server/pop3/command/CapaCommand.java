package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Pop3Command;
import dev.mailroom.server.pop3.Pop3Refusal;
import dev.mailroom.server.pop3.Pop3Reply;
import dev.mailroom.server.pop3.Pop3Session;
import dev.mailroom.server.pop3.Pop3State;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CAPA (RFC 2449). USER and SASL PLAIN are listed only where a clear-text login would be
 * accepted, STLS only where it can start, so a client that reads CAPA never tries what it would
 * be refused.
 */
public final class CapaCommand implements Pop3Command {
    @Override
    public String name() {
        return "CAPA";
    }

    @Override
    public Set<Pop3State> validIn() {
        return States.BOTH;
    }

    @Override
    public Pop3Reply execute(Pop3Session session, String args) throws Pop3Refusal {
        NoArgs.check("CAPA", args);
        List<String> caps = new ArrayList<>(List.of("TOP", "UIDL", "RESP-CODES", "AUTH-RESP-CODE"));
        if (session.state() == Pop3State.AUTHORIZATION) {
            if (session.clearTextLoginAllowed()) {
                caps.add("USER");
                caps.add("SASL PLAIN");
            }
            if (session.canStartTls()) {
                caps.add("STLS");
            }
        }
        caps.add("IMPLEMENTATION Mailroom");
        return Pop3Reply.lines("Capability list follows", caps);
    }
}
