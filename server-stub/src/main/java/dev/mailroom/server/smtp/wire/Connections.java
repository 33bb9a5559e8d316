package dev.mailroom.server.smtp.wire;

import dev.mailroom.server.smtp.SmtpConnection;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.server.Session;

/** Finds Mailroom's {@link SmtpConnection} behind a SubEthaSMTP session. */
public final class Connections {
    private Connections() {
    }

    public static SmtpConnection of(Session session) {
        if (session.getSocket() instanceof Tapped t) {
            return t.connection();
        }
        throw new IllegalStateException("session on a socket Mailroom did not accept: " + session.getSocket());
    }

    public static SmtpConnection of(MessageContext context) {
        if (context instanceof Session s) {
            return of(s);
        }
        throw new IllegalStateException("unexpected message context " + context);
    }
}
