package dev.mailroom.core.dns;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks DNS questions asynchronously and keeps the answers, positive and negative, for their TTL.
 *
 * <p>One instance is shared by every SMTP session of a server (and by the console's tester on
 * the server side): a spammer connecting a thousand times costs one query per blacklist. Two
 * sessions asking the same question at the same moment share one query in flight. A timeout or
 * a server failure is never cached, so the next connection asks again.
 *
 * <p>A negative answer carries its TTL in the SOA record of the authority section (RFC 2308);
 * servers that send none (dnsmasq for its local names) get {@code defaultNegativeTtl}.
 */
public final class DnsClient {
    /** Upper bound on how long anything is kept, whatever TTL a server claims. */
    private static final long MAX_TTL_SECONDS = 86_400;
    private static final int MAX_ENTRIES = 100_000;

    private final Clock clock;
    private final Duration defaultNegativeTtl;
    private final Map<Key, Entry> cache = new ConcurrentHashMap<>();
    private final Map<String, Resolver> resolvers = new ConcurrentHashMap<>();
    private final LongAdder queriesSent = new LongAdder();
    private final LongAdder cacheHits = new LongAdder();

    public DnsClient(Clock clock, Duration defaultNegativeTtl) {
        this.clock = clock;
        this.defaultNegativeTtl = defaultNegativeTtl;
    }

    /** A client with the system clock and a 60 s negative TTL for servers that send no SOA. */
    public static DnsClient standard() {
        return new DnsClient(Clock.systemUTC(), Duration.ofSeconds(60));
    }

    /**
     * Asks {@code server} (empty: the system's resolvers) for records of {@code type} at
     * {@code name}. Never completes exceptionally: timeouts and failures are answers too.
     */
    public CompletableFuture<DnsAnswer> query(String server, String name, int type, Duration timeout) {
        Key key = new Key(server == null ? "" : server.strip(), name.toLowerCase(java.util.Locale.ROOT), type);
        long now = clock.millis();
        Entry[] created = new Entry[1];
        Entry entry = cache.compute(key, (k, old) -> {
            if (old != null && old.expiresAtMillis > now) {
                return old;
            }
            created[0] = new Entry();
            return created[0];
        });
        if (created[0] == null) {
            cacheHits.increment();
            return entry.answer;
        }
        if (cache.size() > MAX_ENTRIES) {
            evictExpired(now);
        }
        send(key, entry, timeout);
        return entry.answer;
    }

    /** Questions actually sent to a DNS server since this client was made. */
    public long queriesSent() {
        return queriesSent.sum();
    }

    /** Questions answered from the cache (or joined to one in flight). */
    public long cacheHits() {
        return cacheHits.sum();
    }

    /** Forgets every cached answer (the console's "clear cache", tests). */
    public void clear() {
        cache.clear();
    }

    private void send(Key key, Entry entry, Duration timeout) {
        Message query;
        try {
            query = Message.newQuery(Record.newRecord(Name.fromString(key.name, Name.root), key.type, DClass.IN));
        } catch (TextParseException e) {
            finish(key, entry, DnsAnswer.failure("not a valid DNS name: " + key.name));
            return;
        }
        Resolver resolver;
        try {
            resolver = resolvers.computeIfAbsent(key.server + "|" + timeout.toMillis(),
                    k -> ResolverFactory.create(key.server, timeout));
        } catch (IllegalArgumentException e) {
            finish(key, entry, DnsAnswer.failure(e.getMessage()));
            return;
        }
        queriesSent.increment();
        resolver.sendAsync(query).toCompletableFuture()
                // dnsjava notices its own timeouts on a coarse timer; this bounds the wait exactly.
                .orTimeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .handle((response, error) -> error == null
                        ? toAnswer(response, key.type)
                        : fromError(error, timeout))
                .thenAccept(answer -> finish(key, entry, answer));
    }

    private void finish(Key key, Entry entry, DnsAnswer answer) {
        if (answer.definite() && answer.ttlSeconds() > 0) {
            entry.expiresAtMillis = clock.millis() + answer.ttlSeconds() * 1000;
        } else {
            cache.remove(key, entry);
        }
        entry.answer.complete(answer);
    }

    private DnsAnswer toAnswer(Message response, int type) {
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return new DnsAnswer(DnsAnswer.Status.NOT_FOUND, List.of(), negativeTtl(response), "NXDOMAIN");
        }
        if (rcode != Rcode.NOERROR) {
            return DnsAnswer.failure(Rcode.string(rcode));
        }
        List<String> values = new ArrayList<>();
        long ttl = MAX_TTL_SECONDS;
        for (Record r : response.getSection(Section.ANSWER)) {
            if (r.getType() == type) {
                values.add(text(r));
                ttl = Math.min(ttl, r.getTTL());
            }
        }
        if (values.isEmpty()) {
            return new DnsAnswer(DnsAnswer.Status.NOT_FOUND, List.of(), negativeTtl(response), "no " + Type.string(type) + " record");
        }
        return new DnsAnswer(DnsAnswer.Status.FOUND, values, ttl, String.join(", ", values));
    }

    private long negativeTtl(Message response) {
        for (Record r : response.getSection(Section.AUTHORITY)) {
            if (r instanceof SOARecord soa) {
                return Math.min(MAX_TTL_SECONDS, Math.min(soa.getTTL(), soa.getMinimum()));
            }
        }
        return defaultNegativeTtl.toSeconds();
    }

    private static DnsAnswer fromError(Throwable error, Duration timeout) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof TimeoutException || cause instanceof SocketTimeoutException) {
            return DnsAnswer.timeout(timeout.toMillis());
        }
        if (cause instanceof IOException) {
            return DnsAnswer.failure("network error: " + cause.getMessage());
        }
        return DnsAnswer.failure(cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    private static String text(Record r) {
        if (r instanceof ARecord a) {
            return a.getAddress().getHostAddress();
        }
        if (r instanceof AAAARecord a) {
            return a.getAddress().getHostAddress();
        }
        if (r instanceof PTRRecord p) {
            return p.getTarget().toString(true);
        }
        if (r instanceof MXRecord mx) {
            return mx.getTarget().toString(true);
        }
        return r.rdataToString();
    }

    private void evictExpired(long now) {
        cache.entrySet().removeIf(e -> e.getValue().expiresAtMillis <= now);
        if (cache.size() > MAX_ENTRIES) {
            // Everything is fresh and there is too much of it: a flood of distinct clients.
            // Starting over costs one query each, which is what the cache saves anyway.
            cache.clear();
        }
    }

    private record Key(String server, String name, int type) {
    }

    private static final class Entry {
        final CompletableFuture<DnsAnswer> answer = new CompletableFuture<>();
        /** Long.MAX_VALUE while the query is in flight, so others join it. */
        volatile long expiresAtMillis = Long.MAX_VALUE;
    }
}
