package dev.mailroom.server.mta;

import static dev.mailroom.server.mta.MtaWorld.ALICE;
import static dev.mailroom.server.mta.MtaWorld.await;
import static dev.mailroom.server.mta.MtaWorld.enqueue;
import static dev.mailroom.server.mta.MtaWorld.io;
import static dev.mailroom.server.mta.MtaWorld.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.dns.testing.Dnsmasq;
import dev.mailroom.core.mta.MtaClient;
import dev.mailroom.core.mta.MtaQueueDto;
import dev.mailroom.server.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue view's actions through the real admin API: messages for domains whose only MX
 * (127.0.0.9) refuses connections stay queued after their first attempt; the test lists,
 * filters, retries, bounces and deletes them.
 */
class MtaQueueApiTest {
    @TempDir
    Path dir;

    @Test
    void list_filter_retry_bounce_and_delete_through_the_api() throws Exception {
        try (Dnsmasq dns = Dnsmasq.in(Files.createDirectories(dir.resolve("dns")))
                .host("mx.dead.test", "127.0.0.9").mx("dead.test", "mx.dead.test", 10).mx("gone.test", "mx.dead.test", 10)
                .start()) {
            MutableClock clock = new MutableClock(Instant.now());
            try (RunningServer local = MtaWorld.sender(dir.resolve("local"), clock, dns.server(), 2525)) {
                MtaClient api = new MtaClient(local.client());
                enqueue(local, "1A0000000000000000000001", "alice@acme.test", List.of("x@dead.test"), "one", "127.0.0.1", "alice@Acme");
                enqueue(local, "1A0000000000000000000002", "bob@other.test", List.of("y@dead.test"), "two", "127.0.0.1", "alice@Acme");
                enqueue(local, "1A0000000000000000000003", "alice@acme.test", List.of("z@gone.test"), "three", "127.0.0.1", "alice@Acme");
                await(() -> api.queue("", "").messages().stream().filter(m -> m.attempts() == 1).count() == 3, "three failed attempts");

                MtaQueueDto all = api.queue("", "");
                assertThat(all.total()).isEqualTo(3);
                assertThat(all.retrying()).isEqualTo(3);
                MtaQueueDto.Item first = all.messages().get(0);
                assertThat(first.id()).isEqualTo("1A0000000000000000000001");
                assertThat(first.sender()).isEqualTo("alice@acme.test");
                assertThat(first.recipients()).containsExactly("x@dead.test");
                assertThat(first.lastError()).contains("127.0.0.9").contains("failed");
                assertThat(first.nextTry()).isAfter(clock.instant());
                assertThat(first.size()).isPositive();

                assertThat(api.queue("gone.test", "").messages()).extracting(MtaQueueDto.Item::id)
                        .containsExactly("1A0000000000000000000003");
                assertThat(api.queue("", "bob").messages()).extracting(MtaQueueDto.Item::id)
                        .containsExactly("1A0000000000000000000002");
                assertThat(api.queue("gone.test", "").total()).isEqualTo(3);

                api.retryNow("1A0000000000000000000001");
                await(() -> api.queue("dead.test", "alice").messages().stream().allMatch(m -> m.attempts() == 2),
                        "a second attempt right away");

                api.bounce("1A0000000000000000000001");
                assertThat(api.queue("", "").messages()).extracting(MtaQueueDto.Item::id)
                        .doesNotContain("1A0000000000000000000001");
                List<String> dsn = messages(local, ALICE, "x@dead.test");
                assertThat(dsn).hasSize(1);
                assertThat(dsn.get(0)).contains("Action: failed").contains("returned to the sender by the administrator");

                api.delete("1A0000000000000000000003");
                assertThat(api.queue("", "").messages()).extracting(MtaQueueDto.Item::id)
                        .containsExactly("1A0000000000000000000002");
                assertThat(Files.exists(local.dataDir().resolve("Queues/Outbound/1A0000000000000000000003.MAI"))).isFalse();
                assertThat(Files.exists(local.dataDir().resolve("Queues/Outbound/1A0000000000000000000003.json"))).isFalse();
                assertThat(messages(local, ALICE, "z@gone.test")).isEmpty();

                assertThatThrownBy(() -> api.delete("1A0000000000000000000003"))
                        .isInstanceOfSatisfying(ApiException.class, e -> {
                            assertThat(e.status()).isEqualTo(404);
                            assertThat(e.error().code()).isEqualTo("not_found");
                        });
                assertThat(io(() -> local.client().get("/smtp/queue/outbound")).get("remoteDeliveryActive").asBoolean()).isTrue();
            }
        }
    }
}
