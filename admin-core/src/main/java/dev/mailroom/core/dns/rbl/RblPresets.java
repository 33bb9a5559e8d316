package dev.mailroom.core.dns.rbl;

import java.util.List;

/**
 * Common public blacklists the console offers to add with one click. They are added disabled:
 * each list has its own terms of use (Spamhaus refuses queries through public resolvers,
 * Barracuda wants a registration), which the administrator must read before enabling it.
 */
public final class RblPresets {
    private RblPresets() {
    }

    public static List<RblProvider> all() {
        return List.of(
                // Spamhaus ZEN's listing codes; 127.255.255.x are its error answers, not listings.
                RblProvider.publicList("Spamhaus ZEN", "zen.spamhaus.org",
                        List.of("127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.9", "127.0.0.10", "127.0.0.11")),
                RblProvider.publicList("Barracuda", "b.barracudacentral.org", List.of("127.0.0.2")),
                RblProvider.publicList("SpamCop", "bl.spamcop.net", List.of("127.0.0.2")),
                RblProvider.publicList("UCEPROTECT Level 1", "dnsbl-1.uceprotect.net", List.of("127.0.0.2")),
                RblProvider.publicList("PSBL", "psbl.surriel.com", List.of("127.0.0.2")));
    }
}
