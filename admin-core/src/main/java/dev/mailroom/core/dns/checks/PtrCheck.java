package dev.mailroom.core.dns.checks;

import dev.mailroom.core.smtp.Reply;
import dev.mailroom.core.dns.DnsAnswer;
import dev.mailroom.core.dns.DnsClient;
import dev.mailroom.core.dns.ReverseName;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.xbill.DNS.Type;

/**
 * Article 24's "require a PTR record for the client" (no PTR usually means a dial-up, cable or
 * ADSL host), and the stricter "PTR must match the HELO name": one of the client's PTR names
 * equals its HELO name and that name resolves back to the client's address (forward-confirmed
 * reverse DNS). Replies use RFC 7372's {@code 5.7.25}; a DNS timeout answers 450.
 */
public final class PtrCheck {
    private final DnsClient dns;

    public PtrCheck(DnsClient dns) {
        this.dns = dns;
    }

    /**
     * @param helo the HELO/EHLO argument, or null when not known yet (then only existence is checked)
     */
    public CompletableFuture<DnsCheckResult> check(InetAddress client, String helo, DnsCheckSettings settings) {
        Duration timeout = Duration.ofMillis(settings.timeoutMillis());
        String ip = client.getHostAddress();
        String query = ReverseName.under(client, ReverseName.arpaZone(client));
        return dns.query(settings.dnsServer(), query, Type.PTR, timeout).thenCompose(ptr -> {
            if (!ptr.definite()) {
                return done(unknown(ip, ptr));
            }
            if (ptr.status() == DnsAnswer.Status.NOT_FOUND) {
                return done(DnsCheckResult.fail(
                        new Reply(550, "5.7.25", "Client host " + ip + " has no reverse DNS (PTR) record"),
                        "PTR: " + ip + " has no PTR record (" + ptr.detail() + "): refused"));
            }
            if (!settings.ptrMustMatchHelo() || helo == null) {
                return done(DnsCheckResult.pass("PTR: " + ip + " is " + String.join(", ", ptr.values())));
            }
            return confirm(client, normalise(helo), ptr.values(), settings, timeout);
        });
    }

    private CompletableFuture<DnsCheckResult> confirm(InetAddress client, String helo, List<String> names,
                                                      DnsCheckSettings settings, Duration timeout) {
        String ip = client.getHostAddress();
        List<String> normalised = names.stream().map(PtrCheck::normalise).toList();
        if (!normalised.contains(helo)) {
            return done(DnsCheckResult.fail(
                    new Reply(550, "5.7.25", "Client host " + ip + " reverse DNS " + String.join(", ", normalised)
                            + " does not match HELO " + helo),
                    "PTR: " + ip + " is " + String.join(", ", normalised) + ", HELO was " + helo + ": refused"));
        }
        int type = client instanceof Inet4Address ? Type.A : Type.AAAA;
        return dns.query(settings.dnsServer(), helo, type, timeout).thenApply(forward -> {
            if (!forward.definite()) {
                return unknown(ip, forward);
            }
            List<InetAddress> addresses = new ArrayList<>();
            for (String v : forward.values()) {
                try {
                    addresses.add(InetAddress.getByName(v));
                } catch (java.net.UnknownHostException e) {
                    // dnsjava formats A/AAAA data as literals; nothing to resolve here.
                }
            }
            if (addresses.contains(client)) {
                return DnsCheckResult.pass("PTR: " + ip + " is " + helo + " and " + helo + " resolves back to it");
            }
            return DnsCheckResult.fail(
                    new Reply(550, "5.7.25", "Client host " + ip + " reverse DNS name " + helo + " does not resolve back to it"),
                    "PTR: " + ip + " is " + helo + " but " + helo + " resolves to "
                            + (forward.values().isEmpty() ? "nothing" : String.join(", ", forward.values())) + ": refused");
        });
    }

    private static String normalise(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private static DnsCheckResult unknown(String ip, DnsAnswer answer) {
        return DnsCheckResult.tempfail(
                new Reply(450, "4.7.25", "Reverse DNS of " + ip + " could not be verified (DNS: " + answer.detail() + "), try again later"),
                "PTR: " + ip + " could not be checked: " + answer.detail() + "; answered 450");
    }

    private static CompletableFuture<DnsCheckResult> done(DnsCheckResult r) {
        return CompletableFuture.completedFuture(r);
    }
}
