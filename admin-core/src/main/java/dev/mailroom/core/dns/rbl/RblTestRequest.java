package dev.mailroom.core.dns.rbl;

/**
 * {@code POST /api/v1/rbl/test}: look an IP up the way the SMTP server would. The console's
 * Test… dialog sends the providers as edited (not yet saved), so an administrator can try a
 * list before applying it; without {@code settings} the server's stored ones are used.
 *
 * @param ip           the address to look up (IPv4 or IPv6 literal)
 * @param settings     the settings to test; null for the stored ones
 * @param allProviders also ask disabled providers ("Check this server" wants to know about
 *                     every list, enabled or not)
 */
public record RblTestRequest(String ip, RblSettings settings, boolean allProviders) {
    public static final String PATH = "/rbl/test";
}
