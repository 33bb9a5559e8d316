package dev.mailroom.core.dns.rbl;

import dev.mailroom.core.smtp.Reply;
import dev.mailroom.core.dns.DnsAnswer;
import dev.mailroom.core.dns.DnsClient;
import dev.mailroom.core.relay.RelaySettings;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.xbill.DNS.Type;

/**
 * Asks every enabled blacklist about a client IP, all at once, and turns their answers into a
 * {@link RblVerdict}. The one implementation of the rules: the SMTP session calls it, and so
 * does the admin API behind the console's Test… and "Check this server" buttons.
 *
 * <p>Fail-open: a provider that times out or fails is reported in the verdict and never counts
 * as a listing, so a dead blacklist cannot stop the mail.
 */
public final class RblChecker {
    private final DnsClient dns;

    public RblChecker(DnsClient dns) {
        this.dns = dns;
    }

    /**
     * Why a client is not checked at all: loopback always; privileged (relay IP ranges) and
     * authenticated clients are trusted senders whose mail must not depend on a public list.
     */
    public static Optional<String> exemption(InetAddress client, boolean authenticated, boolean privileged) {
        // Loopback means this machine (127.0.0.1, ::1), as the relay rules define it; the rest of
        // 127/8 stands for other hosts in tests and the benchmark, and is checked like them.
        if (RelaySettings.LOOPBACK.matches(client)) {
            return Optional.of("loopback client");
        }
        if (authenticated) {
            return Optional.of("authenticated client");
        }
        if (privileged) {
            return Optional.of("privileged IP range");
        }
        return Optional.empty();
    }

    /**
     * Checks {@code ip} against the enabled providers of {@code settings}. In the OFF mode the
     * providers are still asked (the console's tester uses this); the decision is then what
     * the RCPT mode would do.
     */
    public CompletableFuture<RblVerdict> check(InetAddress ip, RblSettings settings) {
        return check(ip, settings, settings.enabledProviders());
    }

    /** Like {@link #check(InetAddress, RblSettings)} for an explicit provider list (tester: all of them). */
    public CompletableFuture<RblVerdict> check(InetAddress ip, RblSettings settings, List<RblProvider> providers) {
        Duration timeout = Duration.ofMillis(settings.timeoutMillis());
        List<CompletableFuture<RblProviderResult>> asks = new ArrayList<>();
        for (RblProvider p : providers) {
            asks.add(ask(ip, p, timeout));
        }
        return CompletableFuture.allOf(asks.toArray(CompletableFuture[]::new))
                .thenApply(done -> decide(ip, settings.mode(), providers,
                        asks.stream().map(CompletableFuture::join).toList()));
    }

    private CompletableFuture<RblProviderResult> ask(InetAddress ip, RblProvider p, Duration timeout) {
        String query = p.queryName(ip);
        int type = p.recordType() == RblRecordType.A ? Type.A : Type.PTR;
        long started = System.nanoTime();
        return dns.query(p.dnsServer(), query, type, timeout).thenApply(answer -> {
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            return new RblProviderResult(p.name(), query, outcome(p, answer), answer.values(),
                    detail(p, answer), p.action(), elapsed);
        });
    }

    private static RblProviderResult.Outcome outcome(RblProvider p, DnsAnswer answer) {
        return switch (answer.status()) {
            case TIMEOUT -> RblProviderResult.Outcome.TIMEOUT;
            case FAILURE -> RblProviderResult.Outcome.ERROR;
            case NOT_FOUND -> RblProviderResult.Outcome.NOT_LISTED;
            case FOUND -> p.listedCodes().isEmpty() || answer.values().stream().anyMatch(p.listedCodes()::contains)
                    ? RblProviderResult.Outcome.LISTED
                    : RblProviderResult.Outcome.NOT_LISTED;
        };
    }

    private static String detail(RblProvider p, DnsAnswer answer) {
        if (answer.status() == DnsAnswer.Status.FOUND && !p.listedCodes().isEmpty()
                && answer.values().stream().noneMatch(p.listedCodes()::contains)) {
            return "answered " + String.join(", ", answer.values()) + ", not one of the listed codes "
                    + String.join(", ", p.listedCodes());
        }
        return answer.detail();
    }

    /** The rules: the first REJECT listing in provider order denies; else any MARK/REJECT-in-mark-mode marks. */
    static RblVerdict decide(InetAddress ip, RblMode mode, List<RblProvider> providers, List<RblProviderResult> results) {
        String ipText = ip.getHostAddress();
        RblProvider denying = null;
        RblProviderResult marking = null;
        for (int i = 0; i < results.size(); i++) {
            RblProviderResult r = results.get(i);
            if (r.outcome() != RblProviderResult.Outcome.LISTED) {
                continue;
            }
            RblAction action = r.action();
            if (action == RblAction.REJECT && mode != RblMode.MARK) {
                if (denying == null) {
                    denying = providers.get(i);
                }
            } else if (action != RblAction.LOG && marking == null) {
                marking = r;
            }
        }
        if (denying != null) {
            // At connect the reply replaces the greeting, which carries no enhanced code (RFC 2034).
            Reply reply = mode == RblMode.DENY_AT_CONNECT
                    ? new Reply(554, "", denying.responseFor(ipText))
                    : new Reply(550, "5.7.1", denying.responseFor(ipText));
            return new RblVerdict(ipText, RblVerdict.Decision.DENY, results, Optional.of(reply), Optional.empty());
        }
        if (marking != null) {
            String header = "listed by " + marking.provider() + " (" + marking.query() + " "
                    + String.join(",", marking.answers()) + ")";
            return new RblVerdict(ipText, RblVerdict.Decision.MARK, results, Optional.empty(), Optional.of(header));
        }
        return new RblVerdict(ipText, RblVerdict.Decision.PASS, results, Optional.empty(), Optional.empty());
    }
}
