package dev.mailroom.server.smtp;

import dev.mailroom.core.smtp.SmtpSettings;

/**
 * The rules one listener applies to its sessions, fixed when it starts: its kind, the settings
 * of that moment, the server's host name and whether a TLS certificate is available.
 */
public record SessionRules(ListenerKind kind, SmtpSettings settings, String hostName, boolean tlsAvailable) {
    /** AUTH is offered on TLS, on loopback, or everywhere when the administrator allowed clear text. */
    public boolean authAllowed(boolean tlsActive, SmtpConnection c) {
        return tlsActive || settings.allowAuthWithoutTls() || c.fromLoopback();
    }
}
