package dev.mailroom.core.dns;

import dev.mailroom.core.model.InvalidValueException;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Parses an IPv4 or IPv6 literal and never a host name: {@link InetAddress#getByName} would
 * quietly look a malformed literal up in DNS and return something the user never typed.
 */
public final class IpLiteral {
    private IpLiteral() {
    }

    public static InetAddress parse(String field, String text) {
        String v = text == null ? "" : text.strip();
        if (v.startsWith("[") && v.endsWith("]")) {
            v = v.substring(1, v.length() - 1);
        }
        boolean v4 = v.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        if (v4) {
            for (String part : v.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    throw new InvalidValueException(field, "'" + v + "' is not an IPv4 address (each part is 0 to 255)");
                }
            }
        } else if (!(v.contains(":") && v.matches("[0-9A-Fa-f:.]+"))) {
            throw new InvalidValueException(field, "'" + v + "' is not an IPv4 or IPv6 address");
        }
        try {
            // Only literals reach here (digits and dots, or hex and colons): no network lookup.
            return InetAddress.getByName(v);
        } catch (UnknownHostException e) {
            throw new InvalidValueException(field, "'" + v + "' is not an IPv4 or IPv6 address");
        }
    }
}
