package dev.mailroom.core.dns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.dns.testing.Dnsmasq;
import dev.mailroom.core.dns.testing.MutableClock;
import dev.mailroom.core.dns.testing.SilentDnsServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.Type;

class DnsClientTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    @TempDir
    static Path dir;
    static Dnsmasq dns;

    @BeforeAll
    static void startDns() throws Exception {
        dns = Dnsmasq.in(dir).ttl(60)
                .host("mx1.example.test", "127.0.0.5")
                .mx("example.test", "mx1.example.test", 10)
                .host("cached.test", "127.0.0.6")
                .host("expiring.test", "127.0.0.7")
                .host("negative.example.test", "127.0.0.8")
                .ptr("127.0.0.5", "mx1.example.test")
                .start();
    }

    @AfterAll
    static void stopDns() {
        dns.close();
    }

    @Test
    void readsAddressMxAndPtrRecords() {
        DnsClient client = DnsClient.standard();
        DnsAnswer a = client.query(dns.server(), "mx1.example.test", Type.A, TIMEOUT).join();
        assertThat(a.status()).isEqualTo(DnsAnswer.Status.FOUND);
        assertThat(a.values()).containsExactly("127.0.0.5");
        assertThat(a.ttlSeconds()).isEqualTo(60);
        assertThat(client.query(dns.server(), "example.test", Type.MX, TIMEOUT).join().values())
                .containsExactly("mx1.example.test");
        assertThat(client.query(dns.server(), "5.0.0.127.in-addr.arpa", Type.PTR, TIMEOUT).join().values())
                .containsExactly("mx1.example.test");
    }

    @Test
    void tellsNxdomainFromNodata() {
        DnsClient client = DnsClient.standard();
        DnsAnswer nx = client.query(dns.server(), "nothing.example.test", Type.A, TIMEOUT).join();
        assertThat(nx.status()).isEqualTo(DnsAnswer.Status.NOT_FOUND);
        assertThat(nx.detail()).isEqualTo("NXDOMAIN");
        DnsAnswer nodata = client.query(dns.server(), "mx1.example.test", Type.MX, TIMEOUT).join();
        assertThat(nodata.status()).isEqualTo(DnsAnswer.Status.NOT_FOUND);
        assertThat(nodata.detail()).isNotEqualTo("NXDOMAIN");
    }

    @Test
    void asksTheServerOnceWhileTheAnswerIsFresh() throws Exception {
        DnsClient client = DnsClient.standard();
        for (int i = 0; i < 5; i++) {
            assertThat(client.query(dns.server(), "cached.test", Type.A, TIMEOUT).join().values()).containsExactly("127.0.0.6");
            assertThat(client.query(dns.server(), "uncached-nx.test", Type.A, TIMEOUT).join().status())
                    .isEqualTo(DnsAnswer.Status.NOT_FOUND);
        }
        assertThat(dns.queriesFor("cached.test")).isEqualTo(1);
        assertThat(dns.queriesFor("uncached-nx.test")).isEqualTo(1);
        assertThat(client.queriesSent()).isEqualTo(2);
        assertThat(client.cacheHits()).isEqualTo(8);
    }

    @Test
    void asksAgainOnceTheTtlHasPassed() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        DnsClient client = new DnsClient(clock, Duration.ofSeconds(30));
        client.query(dns.server(), "expiring.test", Type.A, TIMEOUT).join();
        client.query(dns.server(), "negative.example.test", Type.MX, TIMEOUT).join();
        clock.advance(Duration.ofSeconds(29));
        client.query(dns.server(), "expiring.test", Type.A, TIMEOUT).join();
        client.query(dns.server(), "negative.example.test", Type.MX, TIMEOUT).join();
        assertThat(dns.queriesFor("expiring.test")).isEqualTo(1);
        assertThat(dns.queriesFor("negative.example.test")).isEqualTo(1);
        // The negative answer (no SOA from dnsmasq) lives 30 s, the positive one its 60 s TTL.
        clock.advance(Duration.ofSeconds(2));
        client.query(dns.server(), "expiring.test", Type.A, TIMEOUT).join();
        client.query(dns.server(), "negative.example.test", Type.MX, TIMEOUT).join();
        assertThat(dns.queriesFor("expiring.test")).isEqualTo(1);
        assertThat(dns.queriesFor("negative.example.test")).isEqualTo(2);
        clock.advance(Duration.ofSeconds(30));
        client.query(dns.server(), "expiring.test", Type.A, TIMEOUT).join();
        assertThat(dns.queriesFor("expiring.test")).isEqualTo(2);
    }

    @Test
    void aServerThatNeverAnswersIsATimeoutAndIsNotCached() throws Exception {
        DnsClient client = DnsClient.standard();
        try (SilentDnsServer silent = new SilentDnsServer()) {
            long start = System.nanoTime();
            DnsAnswer answer = client.query(silent.server(), "x.test", Type.A, Duration.ofMillis(300)).join();
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(answer.status()).isEqualTo(DnsAnswer.Status.TIMEOUT);
            assertThat(answer.detail()).isEqualTo("no answer within 300 ms");
            assertThat(tookMillis).isBetween(250L, 1500L);
            client.query(silent.server(), "x.test", Type.A, Duration.ofMillis(300)).join();
            assertThat(client.queriesSent()).isEqualTo(2);
        }
    }

    @Test
    void aRefusedQuestionIsAFailure() {
        // dnsmasq refuses names outside its local zones (it has no upstream).
        DnsAnswer answer = DnsClient.standard().query(dns.server(), "www.example.com", Type.A, TIMEOUT).join();
        assertThat(answer.status()).isEqualTo(DnsAnswer.Status.FAILURE);
        assertThat(answer.detail()).isEqualTo("REFUSED");
    }
}
