package dev.mailroom.server.smtp.wire;

import dev.mailroom.server.smtp.SmtpConnection;

/** A socket that carries its {@link SmtpConnection} and records the clear-text replies sent on it. */
public interface Tapped {
    SmtpConnection connection();
}
