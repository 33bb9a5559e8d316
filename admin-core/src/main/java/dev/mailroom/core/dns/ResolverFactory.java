package dev.mailroom.core.dns;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;

/**
 * Makes a dnsjava resolver for a configured server: the system's resolvers (from
 * {@code /etc/resolv.conf} or the platform) when the setting is empty, otherwise exactly the
 * given server and port. Article 24: a blacklist only works through a resolver the
 * administrator controls, so the choice is per provider and for the DNS checks.
 */
public final class ResolverFactory {
    private ResolverFactory() {
    }

    public static Resolver create(String server, Duration timeout) {
        Optional<InetSocketAddress> address = DnsServerAddress.parse("dnsServer", server);
        Resolver resolver = address.<Resolver>map(SimpleResolver::new).orElseGet(ExtendedResolver::new);
        resolver.setTimeout(timeout);
        return resolver;
    }
}
