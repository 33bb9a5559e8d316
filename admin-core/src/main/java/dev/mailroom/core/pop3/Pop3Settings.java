package dev.mailroom.core.pop3;

import dev.mailroom.core.auth.AlternateAtCharacters;
import dev.mailroom.core.config.SettingsSection;
import dev.mailroom.core.model.InvalidValueException;

/**
 * The POP3 service's settings ({@code Config/pop3.json}), edited in the console's POP
 * properties: General (ports, TLS, binding), Settings (limits, alternate {@code @} characters,
 * clear-text login) and Auto-ban. The constructor validates and names the bad field.
 *
 * @param port                  plain POP3 port (110); {@code --pop3-port} overrides it; 0 = any free port
 * @param portEnabled           listen on {@link #port}
 * @param tlsPort               implicit TLS port (995); 0 = any free port
 * @param tlsPortEnabled        listen on {@link #tlsPort}
 * @param bindAddress           local address to listen on; empty for every address
 * @param allowClearTextLogin   USER/PASS and AUTH PLAIN before STLS (loopback clients always may)
 * @param alternateAtCharacters characters accepted in place of {@code @} in login names, e.g. {@code #}
 * @param maxConnections        simultaneous connections; more are answered {@code -ERR} and closed
 * @param idleTimeoutSeconds    a silent client is disconnected after this (RFC 1939: at least 600)
 * @param maxFailedLogins       failed logins on one connection before it is closed
 * @param autoBan               refusing addresses that keep failing to log in
 */
public record Pop3Settings(int port, boolean portEnabled, int tlsPort, boolean tlsPortEnabled, String bindAddress,
                           boolean allowClearTextLogin, String alternateAtCharacters, int maxConnections,
                           int idleTimeoutSeconds, int maxFailedLogins, AutoBan autoBan) {

    public static final SettingsSection<Pop3Settings> SECTION =
            new SettingsSection<>("pop3", Pop3Settings.class, Pop3Settings::defaults);

    public Pop3Settings {
        checkPort("port", port);
        checkPort("tlsPort", tlsPort);
        bindAddress = bindAddress == null ? "" : bindAddress.strip();
        // The login resolver's own rule decides which characters may stand in for '@'.
        alternateAtCharacters = AlternateAtCharacters.of("alternateAtCharacters",
                alternateAtCharacters == null ? "" : alternateAtCharacters.strip()).chars();
        range("maxConnections", maxConnections, 1, 10_000, "Max connections");
        range("idleTimeoutSeconds", idleTimeoutSeconds, 1, 86_400, "Idle timeout (seconds)");
        range("maxFailedLogins", maxFailedLogins, 1, 100, "Failed logins before disconnect");
        autoBan = autoBan == null ? AutoBan.defaults() : autoBan;
    }

    public static Pop3Settings defaults() {
        // Implicit TLS is off until the administrator turns it on, like SMTP's 465: STLS on 110 is
        // always offered when a certificate exists.
        return new Pop3Settings(110, true, 995, false, "", false, "", 100, 600, 3, AutoBan.defaults());
    }

    public Pop3Settings withListeners(boolean newPortEnabled, int newPort, boolean newTlsEnabled, int newTlsPort) {
        return new Pop3Settings(newPort, newPortEnabled, newTlsPort, newTlsEnabled, bindAddress, allowClearTextLogin,
                alternateAtCharacters, maxConnections, idleTimeoutSeconds, maxFailedLogins, autoBan);
    }

    /**
     * Auto-ban: an address with {@code failedLogins} failed logins within {@code windowMinutes}
     * is refused for {@code banMinutes}. Loopback addresses are never banned.
     */
    public record AutoBan(boolean enabled, int failedLogins, int windowMinutes, int banMinutes) {
        public AutoBan {
            range("autoBan.failedLogins", failedLogins, 1, 1000, "Failed logins before a ban");
            range("autoBan.windowMinutes", windowMinutes, 1, 10_080, "Within (minutes)");
            range("autoBan.banMinutes", banMinutes, 1, 525_600, "Ban for (minutes)");
        }

        public static AutoBan defaults() {
            return new AutoBan(true, 10, 10, 30);
        }
    }

    private static void checkPort(String field, int port) {
        range(field, port, 0, 65_535, "Port");
    }

    private static void range(String field, int value, int min, int max, String label) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, label + " must be between " + min + " and " + max + ", not " + value);
        }
    }
}
