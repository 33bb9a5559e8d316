package dev.mailroom.server.pop3;

/**
 * The settings one connection runs under, fixed when it is accepted (a settings change applies
 * to the next connection).
 *
 * @param clearTextAllowed USER/PASS and AUTH PLAIN allowed before STLS (the setting, or the
 *                         client is on loopback)
 * @param tlsAvailable     STLS can be offered: a certificate exists
 * @param maxFailedLogins  failed logins after which the connection is closed, 0 for no limit
 */
public record Pop3SessionRules(boolean clearTextAllowed, boolean tlsAvailable, int maxFailedLogins) {
}
