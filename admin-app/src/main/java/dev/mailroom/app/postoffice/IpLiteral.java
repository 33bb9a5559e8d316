package dev.mailroom.app.postoffice;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Checks that text is an IPv4 or IPv6 address literal, without ever asking DNS. */
final class IpLiteral {
    private static final Pattern V4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private IpLiteral() {
    }

    /** Null when {@code s} is an IP address, else the reason. */
    static String check(String s) {
        String v = s.strip();
        if (V4.matcher(v).matches()) {
            return null;
        }
        if (v.contains(":") && V6.matcher(v).matches()) {
            try {
                InetAddress.getByName(v); // a literal with ':' is parsed, never looked up
                return null;
            } catch (UnknownHostException e) {
                return "'" + v + "' is not a valid IPv6 address";
            }
        }
        return "'" + v + "' is not an IP address such as 192.0.2.10 or 2001:db8::10";
    }
}
