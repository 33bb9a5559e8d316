package dev.mailroom.core.dns;

import dev.mailroom.core.model.InvalidValueException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DNS server a lookup goes to, as an administrator types it: empty for the system's
 * resolvers, {@code 192.0.2.53}, {@code 192.0.2.53:5353}, {@code ::1} or {@code [::1]:5353}.
 * Only IP literals: a resolver named by a host name would need a resolver to find it.
 */
public final class DnsServerAddress {
    private static final Pattern BRACKETED = Pattern.compile("\\[([0-9A-Fa-f:.]+)](?::(\\d{1,5}))?");
    private static final Pattern V4_PORT = Pattern.compile("([0-9.]+)(?::(\\d{1,5}))?");
    private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private DnsServerAddress() {
    }

    /** Parses the text; empty or blank means "the system's resolvers". */
    public static Optional<InetSocketAddress> parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String v = text.strip();
        String host;
        String port;
        Matcher m = BRACKETED.matcher(v);
        if (m.matches()) {
            host = m.group(1);
            port = m.group(2);
        } else if (V6.matcher(v).matches() && v.indexOf(':') != v.lastIndexOf(':')) {
            host = v;
            port = null;
        } else {
            m = V4_PORT.matcher(v);
            if (!m.matches()) {
                throw new InvalidValueException(field,
                        "DNS server must be an IP address, optionally with :port (e.g. 192.0.2.53:53), or empty for the system's resolvers");
            }
            host = m.group(1);
            port = m.group(2);
        }
        int p = 53;
        if (port != null) {
            p = Integer.parseInt(port);
            if (p < 1 || p > 65535) {
                throw new InvalidValueException(field, "DNS server port must be between 1 and 65535");
            }
        }
        return Optional.of(new InetSocketAddress(IpLiteral.parse(field, host), p));
    }

    /** Normalised text form for a valid value ({@code ""} for the system's resolvers). */
    public static String normalise(String field, String text) {
        return parse(field, text).map(a -> {
            String h = a.getAddress().getHostAddress();
            return (h.contains(":") ? "[" + h + "]" : h) + (a.getPort() == 53 ? "" : ":" + a.getPort());
        }).orElse("");
    }
}
