package dev.mailroom.server.dns;

import dev.mailroom.core.config.SettingsStore;
import dev.mailroom.core.dns.DnsClient;
import dev.mailroom.core.dns.checks.DnsCheckSettings;
import dev.mailroom.core.dns.checks.PtrCheck;
import dev.mailroom.core.dns.checks.SenderDomainCheck;
import dev.mailroom.core.dns.rbl.RblChecker;
import dev.mailroom.core.dns.rbl.RblSettings;
import java.net.InetAddress;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The DNS checks at the SMTP door for a whole server: one {@link DnsClient} (so its cache is
 * shared by every connection) and the admin-core checkers. Each connection opens a
 * {@link DnsGateSession}, which the SMTP session handler asks at connect, MAIL FROM, RCPT and
 * DATA. Settings are read when a connection opens, so a change applies to the next one.
 */
public final class DnsGate {
    private final DnsClient dns;
    private final RblChecker rbl;
    private final SenderDomainCheck senderDomain;
    private final PtrCheck ptr;
    private final Supplier<RblSettings> rblSettings;
    private final Supplier<DnsCheckSettings> checkSettings;

    public DnsGate(DnsClient dns, Supplier<RblSettings> rblSettings, Supplier<DnsCheckSettings> checkSettings) {
        this.dns = dns;
        this.rbl = new RblChecker(dns);
        this.senderDomain = new SenderDomainCheck(dns);
        this.ptr = new PtrCheck(dns);
        this.rblSettings = rblSettings;
        this.checkSettings = checkSettings;
    }

    /** The gate for a server, reading the {@code rbl} and {@code dns} settings sections. */
    public static DnsGate of(SettingsStore settings) {
        return new DnsGate(DnsClient.standard(), () -> settings.read(RblSettings.SECTION),
                () -> settings.read(DnsCheckSettings.SECTION));
    }

    /**
     * Starts the lookups a new connection needs (blacklists, PTR) in the background, so that
     * by the time the client says RCPT the answers are usually in.
     *
     * @param privileged the client's IP is in the relay tab's privileged ranges
     * @param debugLog   where the session's debug lines go (which list, which code, fail-open)
     */
    public DnsGateSession open(InetAddress client, boolean privileged, Consumer<String> debugLog) {
        return new DnsGateSession(this, client, privileged, rblSettings.get(), checkSettings.get(), debugLog);
    }

    /** The shared client: its counters (queries sent, cache hits) for the benchmark and tests. */
    public DnsClient client() {
        return dns;
    }

    RblChecker rbl() {
        return rbl;
    }

    SenderDomainCheck senderDomain() {
        return senderDomain;
    }

    PtrCheck ptr() {
        return ptr;
    }
}
