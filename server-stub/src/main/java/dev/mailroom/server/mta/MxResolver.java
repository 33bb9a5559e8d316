package dev.mailroom.server.mta;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Finds the next hops for a recipient domain with dnsjava, asking the resolver it is given
 * (the system's, or the one the administrator or a test configures).
 */
public final class MxResolver {
    private final Resolver resolver;

    public MxResolver(Resolver resolver, Duration timeout) {
        this.resolver = resolver;
        this.resolver.setTimeout(timeout);
    }

    public NextHops resolve(String domain) {
        Name name;
        try {
            name = Name.fromString(domain.endsWith(".") ? domain : domain + ".");
        } catch (TextParseException e) {
            return new NextHops.NoSuchDomain(domain, "not a domain name");
        }
        Lookup mx = lookup(name, Type.MX);
        mx.run();
        switch (mx.getResult()) {
            case Lookup.SUCCESSFUL -> {
                return fromMx(domain, mx.getAnswers());
            }
            case Lookup.HOST_NOT_FOUND -> {
                return new NextHops.NoSuchDomain(domain, "the domain " + domain + " does not exist (NXDOMAIN)");
            }
            case Lookup.TRY_AGAIN -> {
                return new NextHops.Temporary(domain, "DNS lookup of MX for " + domain + " failed: " + mx.getErrorString());
            }
            case Lookup.TYPE_NOT_FOUND -> {
                // No MX: the domain itself is the mail host, if it has an address (RFC 5321 §5.1).
                List<InetAddress> addrs = addresses(name);
                if (addrs == null) {
                    return new NextHops.Temporary(domain, "DNS lookup of A/AAAA for " + domain + " failed");
                }
                if (addrs.isEmpty()) {
                    return new NextHops.NoSuchDomain(domain, domain + " has neither MX nor A/AAAA records");
                }
                return new NextHops.Hosts(List.of(new NextHops.Hop(domain, 0, addrs)));
            }
            default -> {
                return new NextHops.NoSuchDomain(domain, "DNS: " + mx.getErrorString());
            }
        }
    }

    private NextHops fromMx(String domain, Record[] answers) {
        List<MXRecord> mxs = new ArrayList<>();
        for (Record r : answers) {
            if (r instanceof MXRecord m) {
                mxs.add(m);
            }
        }
        if (mxs.size() == 1 && mxs.get(0).getTarget().equals(Name.root)) {
            return new NextHops.NullMx(domain);
        }
        // Equal preferences are tried in random order to spread load (RFC 5321 §5.1).
        Collections.shuffle(mxs);
        mxs.sort(Comparator.comparingInt(MXRecord::getPriority));
        Map<String, NextHops.Hop> hops = new LinkedHashMap<>();
        boolean dnsTrouble = false;
        for (MXRecord m : mxs) {
            if (m.getTarget().equals(Name.root)) {
                continue;
            }
            String host = m.getTarget().toString(true);
            List<InetAddress> addrs = addresses(m.getTarget());
            if (addrs == null) {
                dnsTrouble = true;
                continue;
            }
            if (!addrs.isEmpty() && !hops.containsKey(host)) {
                hops.put(host, new NextHops.Hop(host, m.getPriority(), addrs));
            }
        }
        if (hops.isEmpty()) {
            return dnsTrouble
                    ? new NextHops.Temporary(domain, "the MX hosts of " + domain + " could not be resolved now")
                    : new NextHops.NoSuchDomain(domain, "no MX host of " + domain + " has an address");
        }
        return new NextHops.Hosts(new ArrayList<>(hops.values()));
    }

    /** A and AAAA records of a host; empty when it has none; null when DNS failed. */
    private List<InetAddress> addresses(Name host) {
        List<InetAddress> out = new ArrayList<>();
        boolean failed = false;
        for (int type : new int[] {Type.A, Type.AAAA}) {
            Lookup l = lookup(host, type);
            Record[] rs = l.run();
            if (l.getResult() == Lookup.TRY_AGAIN) {
                failed = true;
            }
            if (rs == null) {
                continue;
            }
            for (Record r : rs) {
                try {
                    if (r instanceof ARecord a) {
                        out.add(InetAddress.getByAddress(host.toString(true), a.getAddress().getAddress()));
                    } else if (r instanceof AAAARecord a) {
                        out.add(InetAddress.getByAddress(host.toString(true), a.getAddress().getAddress()));
                    }
                } catch (UnknownHostException impossible) {
                    // getByAddress only throws for a wrong length, which dnsjava never gives
                }
            }
        }
        return out.isEmpty() && failed ? null : out;
    }

    private Lookup lookup(Name name, int type) {
        Lookup l = new Lookup(name, type);
        l.setResolver(resolver);
        // Each delivery asks afresh; the resolver in front (or a cache added later) holds TTLs.
        l.setCache(null);
        return l;
    }
}
