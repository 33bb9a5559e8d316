package dev.mailroom.core.access;

import dev.mailroom.core.model.InvalidValueException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Parses an IPv4 or IPv6 address literal without ever asking DNS. {@link InetAddress#getByName}
 * looks a string up as a host name when it does not parse, which would make a typo in a setting
 * a network call; here anything but a literal is an error with a reason.
 */
public final class IpAddressLiteral {
    private static final Pattern V4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern V6_CHARS = Pattern.compile("[0-9a-fA-F:.]+");

    private IpAddressLiteral() {
    }

    static boolean looksLikeV6(String s) {
        return s.indexOf(':') >= 0;
    }

    /** Four octets 0..255, no leading zeros (which some tools read as octal). */
    static byte[] parseV4(String field, String s) {
        var m = V4.matcher(s);
        if (!m.matches()) {
            throw new InvalidValueException(field, "'" + s + "' is not an IPv4 address (four numbers 0-255 separated by dots)");
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            out[i] = (byte) octet(field, s, m.group(i + 1));
        }
        return out;
    }

    static int octet(String field, String whole, String part) {
        if (part.length() > 1 && part.charAt(0) == '0') {
            throw new InvalidValueException(field, "'" + whole + "': write " + part + " without leading zeros");
        }
        int v;
        try {
            v = Integer.parseInt(part);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "'" + whole + "': '" + part + "' is not a number 0-255");
        }
        if (v > 255) {
            throw new InvalidValueException(field, "'" + whole + "': " + part + " is larger than 255");
        }
        return v;
    }

    /**
     * The 16 bytes of an IPv6 literal. Bracketed, the JDK parses it as a literal only and fails
     * instead of resolving. An IPv4-mapped form ({@code ::ffff:1.2.3.4}) comes back as 4 bytes,
     * as the JDK treats it as the IPv4 address it is.
     */
    static byte[] parseV6(String field, String s) {
        if (!V6_CHARS.matcher(s).matches()) {
            throw new InvalidValueException(field, "'" + s + "' is not an IPv6 address (hex groups separated by colons)");
        }
        try {
            return InetAddress.getByName("[" + s + "]").getAddress();
        } catch (UnknownHostException e) {
            throw new InvalidValueException(field, "'" + s + "' is not a valid IPv6 address");
        }
    }

    /** Either family; the literal's bytes. */
    static byte[] bytes(String field, String s) {
        return looksLikeV6(s) ? parseV6(field, s) : parseV4(field, s);
    }

    /**
     * The address a literal names, never resolving a host name: for the console's "client IP"
     * fields and for settings holding one address.
     */
    public static InetAddress parse(String field, String raw) {
        if (raw == null || raw.strip().isEmpty()) {
            throw new InvalidValueException(field, "IP address is required");
        }
        return address(field, raw.strip());
    }

    /**
     * The address as text for logs and dialogs: dotted quad, or RFC 5952's compressed IPv6 form
     * ({@code ::1}, {@code 2001:db8::5}) rather than the JDK's {@code 0:0:0:0:0:0:0:1}.
     */
    public static String format(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return address.getHostAddress();
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        // The longest run of two or more zero groups (the first of equal runs) becomes "::".
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLen - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    /** The address for a literal already known to be valid. */
    static InetAddress address(String field, String s) {
        try {
            return InetAddress.getByAddress(bytes(field, s));
        } catch (UnknownHostException e) {
            throw new InvalidValueException(field, "'" + s + "' is not an IP address");
        }
    }
}
