package dev.mailroom.core.access;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mailroom.core.model.InvalidValueException;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Locale;

/**
 * An IP address pattern as the Relay and Access Control tabs take it (knowledge base articles
 * 3, 4, 25): one address ({@code 192.168.0.10}, {@code ::1}), an IPv4 wildcard with {@code *}
 * for whole octets ({@code 192.168.0.*}, {@code 10.*}), or a CIDR block ({@code 10.0.0.0/8},
 * {@code 2001:db8::/32}).
 *
 * <p>Every form is held as a value and a mask of the same length, so matching is one loop; an
 * address of the other family never matches. Serialised to JSON as its text.
 */
public final class IpPattern {
    private final String text;
    private final byte[] value;
    private final byte[] mask;

    private IpPattern(String text, byte[] value, byte[] mask) {
        this.text = text;
        this.value = value;
        this.mask = mask;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static IpPattern of(String raw) {
        return of("pattern", raw);
    }

    public static IpPattern of(String field, String raw) {
        if (raw == null || raw.strip().isEmpty()) {
            throw new InvalidValueException(field, "IP address or range is required");
        }
        String s = raw.strip().toLowerCase(Locale.ROOT);
        int slash = s.indexOf('/');
        if (slash >= 0) {
            return cidr(field, s, slash);
        }
        if (s.indexOf('*') >= 0) {
            return wildcard(field, s);
        }
        byte[] addr = IpAddressLiteral.bytes(field, s);
        return new IpPattern(s, addr, fullMask(addr.length));
    }

    private static IpPattern cidr(String field, String s, int slash) {
        String addrPart = s.substring(0, slash);
        String bitsPart = s.substring(slash + 1);
        if (addrPart.indexOf('*') >= 0) {
            throw new InvalidValueException(field, "'" + s + "': use either a wildcard or a /prefix, not both");
        }
        byte[] addr = IpAddressLiteral.bytes(field, addrPart);
        int max = addr.length * 8;
        int bits;
        try {
            bits = Integer.parseInt(bitsPart);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "'" + s + "': the part after '/' must be a prefix length 0-" + max);
        }
        if (bits < 0 || bits > max) {
            throw new InvalidValueException(field, "'" + s + "': the prefix length must be 0-" + max);
        }
        byte[] mask = new byte[addr.length];
        for (int i = 0; i < addr.length; i++) {
            int b = Math.max(0, Math.min(8, bits - i * 8));
            mask[i] = (byte) (0xff << (8 - b));
        }
        for (int i = 0; i < addr.length; i++) {
            if ((addr[i] & ~mask[i]) != 0) {
                // A typo here silently widens or narrows a relay grant; say what was probably meant.
                byte[] net = new byte[addr.length];
                for (int j = 0; j < addr.length; j++) {
                    net[j] = (byte) (addr[j] & mask[j]);
                }
                throw new InvalidValueException(field, "'" + s + "' has bits set beyond the /" + bits
                        + " prefix; did you mean " + format(net) + "/" + bits + "?");
            }
        }
        return new IpPattern(s, addr, mask);
    }

    private static IpPattern wildcard(String field, String s) {
        if (IpAddressLiteral.looksLikeV6(s)) {
            throw new InvalidValueException(field, "'" + s + "': wildcards work for IPv4 only; for IPv6 use a range such as 2001:db8::/32");
        }
        String[] parts = s.split("\\.", -1);
        if (parts.length > 4) {
            throw new InvalidValueException(field, "'" + s + "' has more than four parts");
        }
        // "10.*" is short for "10.*.*.*": a trailing * covers the octets left out.
        if (parts.length < 4 && !parts[parts.length - 1].equals("*")) {
            throw new InvalidValueException(field, "'" + s + "' needs four parts, such as 192.168.0.*");
        }
        byte[] value = new byte[4];
        byte[] mask = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = i < parts.length ? parts[i] : "*";
            if (p.equals("*")) {
                continue;
            }
            if (p.indexOf('*') >= 0) {
                throw new InvalidValueException(field, "'" + s + "': '*' must stand for a whole number, as in 192.168.0.*");
            }
            if (p.isEmpty() || !p.chars().allMatch(Character::isDigit)) {
                throw new InvalidValueException(field, "'" + s + "': '" + p + "' is not a number 0-255 or *");
            }
            value[i] = (byte) IpAddressLiteral.octet(field, s, p);
            mask[i] = (byte) 0xff;
        }
        return new IpPattern(s, value, mask);
    }

    private static byte[] fullMask(int len) {
        byte[] m = new byte[len];
        Arrays.fill(m, (byte) 0xff);
        return m;
    }

    private static String format(byte[] addr) {
        try {
            return IpAddressLiteral.format(InetAddress.getByAddress(addr));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(InetAddress address) {
        if (address == null) {
            return false;
        }
        byte[] a = address.getAddress();
        if (a.length != value.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if ((a[i] & mask[i]) != value[i]) {
                return false;
            }
        }
        return true;
    }

    /** True for the IPv6 family. */
    public boolean isIpv6() {
        return value.length == 16;
    }

    /** The pattern as entered (trimmed, lower-case); what is stored and shown. */
    @JsonValue
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpPattern other && Arrays.equals(other.value, value) && Arrays.equals(other.mask, mask);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(value) + Arrays.hashCode(mask);
    }

    @Override
    public String toString() {
        return text;
    }
}
