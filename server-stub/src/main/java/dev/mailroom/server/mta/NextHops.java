package dev.mailroom.server.mta;

import java.net.InetAddress;
import java.util.List;

/**
 * Where mail for a domain goes, as DNS says (RFC 5321 §5.1): the MX hosts in preference order
 * with their addresses, or the domain's own A/AAAA when it has no MX; or why it cannot go.
 */
public sealed interface NextHops {
    /** Hosts to try in order; each host's addresses in the order to try them. */
    record Hosts(List<Hop> hops) implements NextHops {
        public Hosts {
            hops = List.copyOf(hops);
        }
    }

    /** The domain publishes a null MX ({@code 0 .}, RFC 7505): it accepts no mail. Permanent. */
    record NullMx(String domain) implements NextHops {
    }

    /** The domain does not exist, or has neither MX nor address. Permanent. */
    record NoSuchDomain(String domain, String detail) implements NextHops {
    }

    /** DNS did not answer (timeout, SERVFAIL). Try again later. */
    record Temporary(String domain, String detail) implements NextHops {
    }

    record Hop(String host, int preference, List<InetAddress> addresses) {
        public Hop {
            addresses = List.copyOf(addresses);
        }
    }
}
