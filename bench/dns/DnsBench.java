import dev.mailroom.core.dns.DnsClient;
import dev.mailroom.core.dns.rbl.RblMode;
import dev.mailroom.core.dns.rbl.RblProvider;
import dev.mailroom.core.dns.rbl.RblRecordType;
import dev.mailroom.core.dns.rbl.RblSettings;
import dev.mailroom.core.dns.testing.Dnsmasq;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import dev.mailroom.server.smtp.ListenerKind;
import dev.mailroom.server.smtp.SmtpService;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The DNS checks' cost at the SMTP door: N connections from 200 client addresses
 * (127.0.1.10 ... 127.0.1.209) to the real server, 4 blacklists on a local dnsmasq, mode
 * "deny at connect" so the lookups sit between accept and greeting. Measured per connection:
 * connect until the first reply line (220 or 554).
 *
 * Phases: baseline (blacklists off), cold (the DNS cache is emptied before every connection, so
 * each connection asks all four lists), then one pass over the 200 addresses with an empty cache
 * (first contact), then warm (answers cached). Added latency = phase - baseline, per percentile.
 */
public final class DnsBench {
    private static final int ADDRESSES = 200;

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Files.createTempDirectory("dns-bench");
        Dnsmasq dns = Dnsmasq.in(work).ttl(3600);
        // A few listed clients on each list, like a real mix: most connections are clean.
        for (int i = 0; i < ADDRESSES; i++) {
            if (i % 20 == 0) {
                dns.blacklist("zone" + (1 + i % 4) + ".test", client(i), "127.0.0.2");
            }
        }
        for (int z = 1; z <= 4; z++) {
            dns.localZone("zone" + z + ".test");
        }
        dns.start();
        RunningServer server = ServerLauncher.start(work.resolve("data"),
                new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.of(0)), 0, null);
        try {
            SmtpService smtp = server.services().stream().filter(SmtpService.class::isInstance)
                    .map(SmtpService.class::cast).findFirst().orElseThrow();
            int port = smtp.port(ListenerKind.SMTP);
            DnsClient cache = smtp.dnsGate().client();
            List<RblProvider> providers = new ArrayList<>();
            for (int z = 1; z <= 4; z++) {
                providers.add(new RblProvider("list" + z, true, "zone" + z + ".test", dns.server(), RblRecordType.A,
                        List.of(), null, null));
            }

            // Warm-up of the JVM and the server (not measured).
            run(port, 500, null);

            Result baseline = run(port, connections, null);
            server.context().settings().write(RblSettings.SECTION,
                    new RblSettings(RblMode.DENY_AT_CONNECT, providers, 2000, ""));
            long q0 = dns.queries();
            Result cold = run(port, connections, cache);
            long coldQueries = dns.queries() - q0;
            // First contact of each address with an empty cache, then the cache is warm.
            cache.clear();
            long q1 = dns.queries();
            run(port, ADDRESSES, null);
            long primeQueries = dns.queries() - q1;
            long q2 = dns.queries();
            Result warm = run(port, connections, null);
            long warmQueries = dns.queries() - q2;

            System.out.printf("connections per phase: %d from %d client addresses, 4 blacklists (dnsmasq %s)%n",
                    connections, ADDRESSES, dns.server());
            print("baseline (blacklists off)", baseline, null);
            print("cold cache (emptied before each connection)", cold, baseline);
            System.out.printf("  DNS queries sent: %d (%.2f per connection)%n", coldQueries, coldQueries / (double) connections);
            System.out.printf("first contact of the %d addresses (empty cache): %d DNS queries (%.2f per address)%n",
                    ADDRESSES, primeQueries, primeQueries / (double) ADDRESSES);
            print("warm cache", warm, baseline);
            System.out.printf("  DNS queries sent: %d (%.4f per connection)%n", warmQueries, warmQueries / (double) connections);
            System.out.printf("refused with 554 (listed clients): cold %d, warm %d%n", cold.refused, warm.refused);
        } finally {
            server.close();
            dns.close();
        }
    }

    private static String client(int i) {
        return "127.0.1." + (10 + i);
    }

    record Result(long[] micros, int refused) {
    }

    /** Sequential connections, round-robin over the client addresses; empties {@code cache} before each when given. */
    private static Result run(int port, int n, DnsClient cache) throws Exception {
        long[] micros = new long[n];
        int refused = 0;
        for (int i = 0; i < n; i++) {
            if (cache != null) {
                cache.clear();
            }
            try (Socket s = new Socket()) {
                s.bind(new InetSocketAddress(InetAddress.getByName(client(i % ADDRESSES)), 0));
                s.setSoTimeout(10_000);
                long start = System.nanoTime();
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                String greeting = in.readLine();
                micros[i] = (System.nanoTime() - start) / 1000;
                if (greeting == null) {
                    throw new IllegalStateException("connection " + i + " closed without a reply");
                }
                if (greeting.startsWith("554")) {
                    refused++;
                } else {
                    OutputStream out = s.getOutputStream();
                    out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    in.readLine();
                }
            }
        }
        return new Result(micros, refused);
    }

    private static void print(String phase, Result r, Result baseline) {
        long[] sorted = r.micros.clone();
        Arrays.sort(sorted);
        double p50 = pct(sorted, 50) / 1000.0;
        double p99 = pct(sorted, 99) / 1000.0;
        if (baseline == null) {
            System.out.printf("%s: time to greeting p50 %.2f ms, p99 %.2f ms%n", phase, p50, p99);
            return;
        }
        long[] base = baseline.micros.clone();
        Arrays.sort(base);
        System.out.printf("%s: time to greeting p50 %.2f ms, p99 %.2f ms; added p50 %.2f ms, p99 %.2f ms%n", phase, p50, p99,
                p50 - pct(base, 50) / 1000.0, p99 - pct(base, 99) / 1000.0);
    }

    private static long pct(long[] sorted, int p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }
}
