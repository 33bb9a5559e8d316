package dev.mailroom.core.dns.checks;

import dev.mailroom.core.smtp.Reply;
import dev.mailroom.core.dns.DnsAnswer;
import dev.mailroom.core.dns.DnsClient;
import dev.mailroom.core.model.DomainName;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.xbill.DNS.Type;

/**
 * Article 24's "reject mail if the sender's domain is invalid": a MAIL FROM domain must be able
 * to receive a bounce, i.e. have an MX record, or failing that an A or AAAA record (RFC 5321
 * section 5.1). A null MX ({@code MX 0 .}, RFC 7505) says the domain takes no mail. A DNS
 * timeout answers 451 so a real sender retries, never 550.
 */
public final class SenderDomainCheck {
    private final DnsClient dns;

    public SenderDomainCheck(DnsClient dns) {
        this.dns = dns;
    }

    public CompletableFuture<DnsCheckResult> check(DomainName domain, DnsCheckSettings settings) {
        Duration timeout = Duration.ofMillis(settings.timeoutMillis());
        String d = domain.value();
        return dns.query(settings.dnsServer(), d, Type.MX, timeout).thenCompose(mx -> switch (mx.status()) {
            case FOUND -> CompletableFuture.completedFuture(isNullMx(mx)
                    ? invalid(d, "publishes a null MX (accepts no mail)")
                    : DnsCheckResult.pass("Sender domain " + d + " has MX " + String.join(", ", mx.values())));
            case NOT_FOUND -> "NXDOMAIN".equals(mx.detail())
                    ? CompletableFuture.completedFuture(invalid(d, "does not exist"))
                    : addressRecords(d, settings, timeout);
            case TIMEOUT, FAILURE -> CompletableFuture.completedFuture(unknown(d, mx));
        });
    }

    private CompletableFuture<DnsCheckResult> addressRecords(String d, DnsCheckSettings settings, Duration timeout) {
        CompletableFuture<DnsAnswer> a = dns.query(settings.dnsServer(), d, Type.A, timeout);
        CompletableFuture<DnsAnswer> aaaa = dns.query(settings.dnsServer(), d, Type.AAAA, timeout);
        return a.thenCombine(aaaa, (v4, v6) -> {
            if (v4.status() == DnsAnswer.Status.FOUND || v6.status() == DnsAnswer.Status.FOUND) {
                return DnsCheckResult.pass("Sender domain " + d + " has no MX but has an address record");
            }
            if (!v4.definite()) {
                return unknown(d, v4);
            }
            if (!v6.definite()) {
                return unknown(d, v6);
            }
            return invalid(d, "has no MX, A or AAAA record");
        });
    }

    private static boolean isNullMx(DnsAnswer mx) {
        return mx.values().size() == 1 && (mx.values().get(0).isEmpty() || ".".equals(mx.values().get(0)));
    }

    private static DnsCheckResult invalid(String d, String why) {
        return DnsCheckResult.fail(new Reply(550, "5.1.8", "Sender address rejected: domain " + d + " " + why),
                "Sender domain " + d + " " + why + ": refused");
    }

    private static DnsCheckResult unknown(String d, DnsAnswer answer) {
        return DnsCheckResult.tempfail(
                new Reply(451, "4.4.3", "Sender domain " + d + " could not be verified (DNS: " + answer.detail() + "), try again later"),
                "Sender domain " + d + " could not be checked: " + answer.detail() + "; answered 451");
    }
}
