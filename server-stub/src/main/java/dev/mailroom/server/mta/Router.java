package dev.mailroom.server.mta;

import dev.mailroom.core.mta.MtaSettings;
import dev.mailroom.core.mta.SmartHost;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a recipient domain into a {@link Route}: the domain's smart host when one is set
 * (per domain, else the SMTP connector's Outbound one), otherwise its MX hosts in preference
 * order with A/AAAA fallback (RFC 5321 §5.1), a null MX failing at once (RFC 7505).
 */
final class Router {
    private final MxResolver resolver;

    Router(MxResolver resolver) {
        this.resolver = resolver;
    }

    /** The destination key a domain's recipients are grouped (and connection-limited) under. */
    static String destination(MtaSettings s, String domain) {
        return s.smartHostFor(domain).map(h -> "smarthost:" + h.host() + ":" + h.port()).orElse(domain);
    }

    Route route(MtaSettings s, String domain) {
        Optional<SmartHost> smart = s.smartHostFor(domain);
        if (smart.isPresent()) {
            return smartHost(destination(s, domain), smart.get());
        }
        NextHops hops = resolver.resolve(domain);
        if (hops instanceof NextHops.NullMx n) {
            return new Route.Permanent(domain, "550 5.1.10 " + n.domain() + " accepts no mail (null MX)");
        }
        if (hops instanceof NextHops.NoSuchDomain n) {
            return new Route.Permanent(domain, "550 5.1.2 " + n.detail());
        }
        if (hops instanceof NextHops.Temporary t) {
            return new Route.Temporary(domain, "451 4.4.3 " + t.detail());
        }
        List<OutboundSession.Target> targets = new ArrayList<>();
        for (NextHops.Hop hop : ((NextHops.Hosts) hops).hops()) {
            for (InetAddress a : hop.addresses()) {
                targets.add(new OutboundSession.Target(hop.host(), a, s.remotePort(),
                        OutboundSession.TlsMode.OPPORTUNISTIC, "", new char[0]));
            }
        }
        return new Route.Try(domain, targets);
    }

    private static Route smartHost(String destination, SmartHost h) {
        String name = h.host().startsWith("[") && h.host().endsWith("]") ? h.host().substring(1, h.host().length() - 1) : h.host();
        InetAddress[] addrs;
        try {
            addrs = InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            // The administrator's setting names a host we cannot find now: keep the mail queued.
            return new Route.Temporary(destination, "451 4.4.3 smart host " + h.host() + " cannot be resolved");
        }
        OutboundSession.TlsMode tls = OutboundSession.TlsMode.valueOf(h.tls());
        List<OutboundSession.Target> targets = new ArrayList<>();
        for (InetAddress a : addrs) {
            targets.add(new OutboundSession.Target(h.host(), a, h.port(), tls, h.user(), h.password().toCharArray()));
        }
        return new Route.Try(destination, targets);
    }
}
