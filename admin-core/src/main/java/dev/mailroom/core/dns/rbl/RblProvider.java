package dev.mailroom.core.dns.rbl;

import dev.mailroom.core.dns.DnsServerAddress;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.InvalidValueException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * One reverse-DNS blacklist as the "Reverse DNS Blacklisting" tab lists it. Constructing one
 * validates it; a missing value takes its default, so older settings files still load.
 *
 * @param name          what the administrator calls it, unique in the list
 * @param enabled       only enabled providers are asked
 * @param zone          the list's zone, e.g. {@code zen.spamhaus.org}; for a PTR list it may be
 *                      empty, meaning the standard reverse zone ({@code in-addr.arpa},
 *                      {@code ip6.arpa}) of the administrator's own DNS server (article 18)
 * @param dnsServer     the DNS server to ask, {@code ip[:port]}; empty for the system's resolvers
 * @param recordType    A (public lists) or PTR (article 18)
 * @param listedCodes   the answers that mean "listed", e.g. {@code 127.0.0.2}; empty: any record
 * @param responseText  the text sent to a refused client; {@code %s} stands for its IP
 * @param action        what a listing by this provider does
 */
public record RblProvider(String name, boolean enabled, String zone, String dnsServer, RblRecordType recordType,
                          List<String> listedCodes, String responseText, RblAction action) {
    /** Article 18's response text. */
    public static final String DEFAULT_RESPONSE = "This IP address has been blacklisted";
    private static final int MAX_TEXT = 200;

    public RblProvider {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new InvalidValueException("name", "Give the blacklist a name");
        }
        if (name.length() > 64 || !printable(name)) {
            throw new InvalidValueException("name", "The name must be at most 64 printable characters");
        }
        recordType = recordType == null ? RblRecordType.A : recordType;
        zone = zone == null ? "" : zone.strip();
        if (zone.isEmpty()) {
            if (recordType == RblRecordType.A) {
                throw new InvalidValueException("zone", "Enter the blacklist's zone, e.g. zen.spamhaus.org");
            }
        } else {
            zone = DomainName.of("zone", zone).value();
        }
        dnsServer = DnsServerAddress.normalise("dnsServer", dnsServer);
        List<String> codes = new ArrayList<>();
        for (String code : listedCodes == null ? List.<String>of() : listedCodes) {
            String c = code == null ? "" : code.strip();
            if (c.isEmpty()) {
                continue;
            }
            if (recordType == RblRecordType.A) {
                if (!c.matches("\\d{1,3}(\\.\\d{1,3}){3}") || !validIpv4(c)) {
                    throw new InvalidValueException("listedCodes", "'" + c + "' is not an IPv4 return code such as 127.0.0.2");
                }
            } else {
                c = DomainName.of("listedCodes", c).value();
            }
            if (!codes.contains(c)) {
                codes.add(c);
            }
        }
        listedCodes = List.copyOf(codes);
        responseText = responseText == null || responseText.isBlank() ? DEFAULT_RESPONSE : responseText.strip();
        if (responseText.length() > MAX_TEXT || !printable(responseText)) {
            throw new InvalidValueException("responseText",
                    "The response must be one line of at most " + MAX_TEXT + " printable ASCII characters");
        }
        action = action == null ? RblAction.REJECT : action;
    }

    /** A provider of a public list answering A records, with the default response text. */
    public static RblProvider publicList(String name, String zone, List<String> codes) {
        return new RblProvider(name, false, zone, "", RblRecordType.A, codes, DEFAULT_RESPONSE, RblAction.REJECT);
    }

    /** The question asked for {@code ip}, e.g. {@code 2.0.0.127.zen.spamhaus.org}. */
    public String queryName(InetAddress ip) {
        String z = zone.isEmpty() ? dev.mailroom.core.dns.ReverseName.arpaZone(ip) : zone;
        return dev.mailroom.core.dns.ReverseName.under(ip, z);
    }

    /** The text for a refused client, {@code %s} replaced by its IP (nothing else is a format). */
    public String responseFor(String ip) {
        return responseText.replace("%s", ip);
    }

    public RblProvider withEnabled(boolean on) {
        return new RblProvider(name, on, zone, dnsServer, recordType, listedCodes, responseText, action);
    }

    private static boolean printable(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    private static boolean validIpv4(String s) {
        for (String part : s.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
