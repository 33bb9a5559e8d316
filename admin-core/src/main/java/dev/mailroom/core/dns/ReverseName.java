package dev.mailroom.core.dns;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * The label sequence a DNS blacklist is asked under: an IPv4 address's octets reversed
 * ({@code 192.0.2.1 -> 1.2.0.192}), an IPv6 address's 32 nibbles reversed (RFC 5782 section 2.4).
 */
public final class ReverseName {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ReverseName() {
    }

    /** The reversed labels without a zone, e.g. {@code 2.0.0.127}. */
    public static String labels(InetAddress address) {
        byte[] b = address.getAddress();
        StringBuilder sb = new StringBuilder(b.length == 4 ? 16 : 64);
        if (address instanceof Inet4Address) {
            for (int i = b.length - 1; i >= 0; i--) {
                sb.append(b[i] & 0xff);
                if (i > 0) {
                    sb.append('.');
                }
            }
        } else {
            for (int i = b.length - 1; i >= 0; i--) {
                sb.append(HEX[b[i] & 0x0f]).append('.').append(HEX[(b[i] >> 4) & 0x0f]);
                if (i > 0) {
                    sb.append('.');
                }
            }
        }
        return sb.toString();
    }

    /** The standard reverse zone of the address's family: {@code in-addr.arpa} or {@code ip6.arpa}. */
    public static String arpaZone(InetAddress address) {
        return address instanceof Inet4Address ? "in-addr.arpa" : "ip6.arpa";
    }

    /** The full question name, e.g. {@code 2.0.0.127.zen.spamhaus.org}. */
    public static String under(InetAddress address, String zone) {
        return labels(address) + "." + zone;
    }
}
