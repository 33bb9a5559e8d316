package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Pop3Command;
import dev.mailroom.server.pop3.Pop3Refusal;
import dev.mailroom.server.pop3.Pop3Reply;
import dev.mailroom.server.pop3.Pop3Session;
import dev.mailroom.server.pop3.Pop3State;
import java.util.Set;

/** STLS (RFC 2595): the connection switches to TLS after the +OK. */
public final class StlsCommand implements Pop3Command {
    @Override
    public String name() {
        return "STLS";
    }

    @Override
    public Set<Pop3State> validIn() {
        return States.AUTHORIZATION;
    }

    @Override
    public Pop3Reply execute(Pop3Session session, String args) throws Pop3Refusal {
        NoArgs.check("STLS", args);
        if (session.tlsActive()) {
            throw new Pop3Refusal("TLS is already active");
        }
        if (!session.canStartTls()) {
            throw new Pop3Refusal("STLS is not available: the server has no TLS certificate");
        }
        return Pop3Reply.ok("Begin TLS negotiation").thenStartTls();
    }
}
