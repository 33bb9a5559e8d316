package dev.mailroom.core.mta;

import dev.mailroom.core.model.InvalidValueException;

/**
 * A relay all remote mail is handed to instead of the recipients' MX hosts (article 25: smart
 * hosting through the provider's server). Empty {@code host} means "not used".
 *
 * @param tls      {@code OPPORTUNISTIC} (STARTTLS when offered), {@code REQUIRED} (never send in
 *                 clear: keep the mail queued), or {@code NONE}
 * @param user     AUTH user name; empty for no AUTH
 * @param password AUTH password, stored like the other connector secrets in {@code Config/}
 */
public record SmartHost(String host, int port, String user, String password, String tls) {
    public SmartHost {
        host = host == null ? "" : host.strip();
        user = user == null ? "" : user.strip();
        password = password == null ? "" : password;
        tls = tls == null || tls.isBlank() ? "OPPORTUNISTIC" : tls.strip().toUpperCase();
        port = port == 0 ? 25 : port;
        if (port < 1 || port > 65535) {
            throw new InvalidValueException("smartHost.port", "The smart host port must be between 1 and 65535");
        }
        if (!tls.equals("OPPORTUNISTIC") && !tls.equals("REQUIRED") && !tls.equals("NONE")) {
            throw new InvalidValueException("smartHost.tls", "TLS must be OPPORTUNISTIC, REQUIRED or NONE");
        }
        if (!host.isEmpty() && !host.matches("[A-Za-z0-9.:\\-\\[\\]]{1,253}")) {
            throw new InvalidValueException("smartHost.host", "Enter a host name or IP address");
        }
    }

    public static SmartHost none() {
        return new SmartHost("", 25, "", "", "OPPORTUNISTIC");
    }

    public boolean enabled() {
        return !host.isEmpty();
    }
}
