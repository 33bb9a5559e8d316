package dev.mailroom.server.dns;

import dev.mailroom.core.config.SettingsStore;
import dev.mailroom.core.dns.DnsClient;
import dev.mailroom.core.dns.checks.DnsCheckSettings;
import dev.mailroom.core.dns.checks.PtrCheck;
import dev.mailroom.core.dns.checks.SenderDomainCheck;
import dev.mailroom.core.dns.rbl.RblChecker;
import dev.mailroom.core.dns.rbl.RblSettings;
import dev.mailroom.core.relay.RelaySettings;
import dev.mailroom.core.smtp.SmtpSections;
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
    private final Supplier<RelaySettings> relay;

    public DnsGate(DnsClient dns, Supplier<RblSettings> rblSettings, Supplier<DnsCheckSettings> checkSettings,
                   Supplier<RelaySettings> relay) {
        this.dns = dns;
        this.rbl = new RblChecker(dns);
        this.senderDomain = new SenderDomainCheck(dns);
        this.ptr = new PtrCheck(dns);
        this.rblSettings = rblSettings;
        this.checkSettings = checkSettings;
        this.relay = relay;
    }

    /**
     * The gate for a server, reading the {@code smtp-rbl}, {@code smtp-dns} and (for the
     * privileged ranges) {@code smtp-relay} settings sections at every connection.
     */
    public static DnsGate of(SettingsStore settings) {
        return new DnsGate(DnsClient.standard(), () -> settings.read(RblSettings.SECTION),
                () -> settings.read(DnsCheckSettings.SECTION), () -> settings.read(SmtpSections.RELAY));
    }

    /**
     * Starts the lookups a new connection needs (blacklists, PTR) in the background, so that
     * by the time the client says RCPT the answers are usually in.
     *
     * @param debugLog where the session's debug lines go (which list, which code, fail-open)
     */
    public DnsGateSession open(InetAddress client, Consumer<String> debugLog) {
        RelaySettings r = relay.get();
        // The Relay tab's privileged ranges count only while that relay right is switched on.
        boolean privileged = r.allowPrivilegedRanges() && r.privilegedRanges().matches(client);
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
