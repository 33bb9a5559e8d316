package dev.mailroom.core.dns.testing;

import dev.mailroom.core.dns.ReverseName;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A real DNS server for tests: dnsmasq on a free 127.0.0.1 port answering only the records the
 * test declares, every other name NXDOMAIN (never forwarded, no upstream). Each query is logged
 * to a file so a test can count what reached the server (cache hits never do).
 *
 * <p>Shared through admin-core's test-jar so that server-stub's SMTP tests and the benchmark
 * use the same harness. Needs the {@code dnsmasq} binary ({@code scripts/install-test-deps.sh}).
 *
 * <pre>
 * try (Dnsmasq dns = Dnsmasq.in(tempDir).blacklist("zen.test", "127.0.0.2", "127.0.0.2").start()) {
 *     String server = dns.server();   // "127.0.0.1:40123", for a DnsServerAddress setting
 * }
 * </pre>
 */
public final class Dnsmasq implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final Path dir;
    private final List<String> records = new ArrayList<>();
    private final Set<String> localZones = new LinkedHashSet<>(List.of("test", "in-addr.arpa", "ip6.arpa"));
    private int ttlSeconds = 300;
    private Process process;
    private int port;
    private Path queryLog;

    private Dnsmasq(Path dir) {
        this.dir = dir;
    }

    /** A server whose config and query log live in {@code dir} (a JUnit @TempDir). */
    public static Dnsmasq in(Path dir) {
        return new Dnsmasq(dir);
    }

    /** TTL of every answer (dnsmasq's {@code local-ttl}); 0 forbids caching. Default 300 s. */
    public Dnsmasq ttl(int seconds) {
        this.ttlSeconds = seconds;
        return this;
    }

    /** A and/or AAAA records: {@code host-record=name,addr[,addr]}. */
    public Dnsmasq host(String name, String... addresses) {
        records.add("host-record=" + name + "," + String.join(",", addresses));
        return this;
    }

    public Dnsmasq mx(String domain, String target, int preference) {
        records.add("mx-host=" + domain + "," + target + "," + preference);
        return this;
    }

    public Dnsmasq txt(String name, String text) {
        records.add("txt-record=" + name + ",\"" + text + "\"");
        return this;
    }

    /** A PTR record for an IP (IPv4 or IPv6 literal) pointing at {@code name}. */
    public Dnsmasq ptr(String ip, String name) {
        InetAddress a = literal(ip);
        records.add("ptr-record=" + ReverseName.under(a, ReverseName.arpaZone(a)) + "," + name);
        return this;
    }

    /** Lists {@code ip} on the blacklist {@code zone} with the A return code {@code code}. */
    public Dnsmasq blacklist(String zone, String ip, String code) {
        localZones.add(zone);
        records.add("host-record=" + ReverseName.under(literal(ip), zone) + "," + code);
        return this;
    }

    /** Lists {@code ip} on a PTR-type blacklist under {@code zone} (article 18's home-made list). */
    public Dnsmasq ptrBlacklist(String zone, String ip, String nodeName) {
        localZones.add(zone);
        records.add("ptr-record=" + ReverseName.under(literal(ip), zone) + "," + nodeName);
        return this;
    }

    /** Answers names under {@code zone} locally (NXDOMAIN unless declared) instead of REFUSED. */
    public Dnsmasq localZone(String zone) {
        localZones.add(zone);
        return this;
    }

    /** Writes the config, starts {@code dnsmasq -k -C}, waits until it answers. */
    public Dnsmasq start() throws IOException, InterruptedException {
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            port = freeUdpAndTcpPort();
            try {
                launch();
                return this;
            } catch (IOException e) {
                // Another process took the port between probing and binding: try another.
                last = e;
            }
        }
        throw last;
    }

    private void launch() throws IOException, InterruptedException {
        queryLog = dir.resolve("dnsmasq-queries-" + port + ".log");
        Path conf = dir.resolve("dnsmasq-" + port + ".conf");
        List<String> lines = new ArrayList<>(List.of(
                "port=" + port,
                "listen-address=127.0.0.1",
                "bind-interfaces",
                "no-resolv",
                "no-hosts",
                "pid-file=",
                "local-ttl=" + ttlSeconds,
                "log-queries",
                "log-facility=" + queryLog.toAbsolutePath()));
        for (String zone : localZones) {
            lines.add("local=/" + zone + "/");
        }
        lines.addAll(records);
        Files.write(conf, lines, StandardCharsets.UTF_8);
        Path stderr = dir.resolve("dnsmasq-" + port + ".err");
        process = new ProcessBuilder(binary(), "-k", "-C", conf.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(stderr.toFile()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("dnsmasq exited with " + process.exitValue() + ": " + Files.readString(stderr));
            }
            if (answers()) {
                return;
            }
        }
        close();
        throw new IOException("dnsmasq did not answer within " + START_TIMEOUT.toSeconds() + " s");
    }

    /** Sends a bare query for "ready.test" and waits up to 200 ms for any reply. */
    private boolean answers() throws IOException {
        byte[] query = {0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0,
                5, 'r', 'e', 'a', 'd', 'y', 4, 't', 'e', 's', 't', 0, 0, 1, 0, 1};
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            s.setSoTimeout(200);
            s.send(new DatagramPacket(query, query.length, new InetSocketAddress("127.0.0.1", port)));
            s.receive(new DatagramPacket(new byte[512], 512));
            return true;
        } catch (SocketTimeoutException | java.net.PortUnreachableException e) {
            return false;
        }
    }

    /** {@code 127.0.0.1:port}, the form a DNS server setting takes. */
    public String server() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** How many questions for {@code name} (any type) reached this server, readiness probes excluded. */
    public long queriesFor(String name) throws IOException {
        Pattern p = Pattern.compile("query\\[[A-Z0-9]+] " + Pattern.quote(name) + " from ");
        return logLines().stream().filter(l -> p.matcher(l).find()).count();
    }

    /** How many questions reached this server in all, readiness probes excluded. */
    public long queries() throws IOException {
        return logLines().stream().filter(l -> l.contains(": query[") && !l.contains(" ready.test ")).count();
    }

    private List<String> logLines() throws IOException {
        return Files.exists(queryLog) ? Files.readAllLines(queryLog, StandardCharsets.UTF_8) : List.of();
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /** True if a dnsmasq binary is installed (tests fail with this message otherwise). */
    public static String binary() {
        for (String candidate : List.of("/usr/sbin/dnsmasq", "/usr/bin/dnsmasq", "/usr/local/sbin/dnsmasq")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("dnsmasq is not installed: run scripts/install-test-deps.sh");
    }

    private static InetAddress literal(String ip) {
        return dev.mailroom.core.dns.IpLiteral.parse("ip", ip);
    }

    private static int freeUdpAndTcpPort() throws IOException {
        for (int i = 0; i < 20; i++) {
            try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
                int candidate = udp.getLocalPort();
                try (ServerSocket tcp = new ServerSocket()) {
                    tcp.bind(new InetSocketAddress("127.0.0.1", candidate));
                    return candidate;
                } catch (IOException taken) {
                    // TCP side in use: try another.
                }
            }
        }
        throw new IOException("no free port with both UDP and TCP free on 127.0.0.1");
    }
}
