package dev.mailroom.core.dns.checks;

import dev.mailroom.core.config.SettingsSection;
import dev.mailroom.core.dns.DnsServerAddress;
import dev.mailroom.core.model.InvalidValueException;

/**
 * The DNS part of the SMTP connector's Security tab, stored as {@code Config/smtp-dns.json}, and the
 * DNS server the connector asks (article 24: use your own, not a public resolver).
 *
 * @param dnsServer                  {@code ip[:port]}; empty for the system's resolvers
 * @param timeoutMillis              per lookup; a timeout answers 4xx, never 5xx
 * @param rejectInvalidSenderDomain  "Reject mail if the sender's domain is invalid" (no MX, A or AAAA)
 * @param requirePtr                 "Require a PTR record for the client"
 * @param ptrMustMatchHelo           stricter: a PTR name must equal the HELO name and resolve back
 *                                   to the client's address
 */
public record DnsCheckSettings(String dnsServer, int timeoutMillis, boolean rejectInvalidSenderDomain,
                               boolean requirePtr, boolean ptrMustMatchHelo) {
    public static final int DEFAULT_TIMEOUT_MILLIS = 2000;
    public static final SettingsSection<DnsCheckSettings> SECTION =
            new SettingsSection<>("smtp-dns", DnsCheckSettings.class, DnsCheckSettings::defaults);

    public DnsCheckSettings {
        dnsServer = DnsServerAddress.normalise("dnsServer", dnsServer);
        timeoutMillis = timeoutMillis == 0 ? DEFAULT_TIMEOUT_MILLIS : timeoutMillis;
        if (timeoutMillis < 100 || timeoutMillis > 30_000) {
            throw new InvalidValueException("timeoutMillis", "The lookup timeout must be between 100 and 30000 ms");
        }
        if (ptrMustMatchHelo && !requirePtr) {
            throw new InvalidValueException("ptrMustMatchHelo", "Matching the HELO name needs \"Require a PTR record\" on");
        }
    }

    /** Every check off, the system's resolvers, 2 s. */
    public static DnsCheckSettings defaults() {
        return new DnsCheckSettings("", DEFAULT_TIMEOUT_MILLIS, false, false, false);
    }
}
