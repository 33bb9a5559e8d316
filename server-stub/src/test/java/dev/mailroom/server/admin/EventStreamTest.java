package dev.mailroom.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.api.SseReader;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The server-sent-events plumbing that live views (logs, status) build on: a module registers
 * an events route, the client reads it with {@link SseReader}; stopping the server ends open streams.
 */
class EventStreamTest {

    @Test
    void eventsArriveInOrderAsJsonAndTheStreamEndsWhenTheHandlerReturns() throws Exception {
        ApiRouter router = new ApiRouter();
        router.events("/test/count", (request, events) -> {
            int upTo = request.intQuery("upTo", 3, 1, 100);
            for (int i = 1; i <= upTo; i++) {
                events.send("tick", Map.of("n", i, "text", "line one\nline two"));
            }
        });
        BearerToken token = BearerToken.random();
        AdminServer server = AdminServer.start(InetAddress.getLoopbackAddress(), 0, router, token);
        try {
            AdminClient client = AdminClient.connect(URI.create("http://127.0.0.1:" + server.address().getPort()),
                    token.value());
            try (SseReader reader = new SseReader(client.openStream("/test/count?upTo=3"))) {
                for (int i = 1; i <= 3; i++) {
                    SseReader.Event e = reader.next().orElseThrow();
                    assertThat(e.name()).isEqualTo("tick");
                    assertThat(e.data()).contains("\"n\":" + i).contains("line one\\nline two");
                }
                assertThat(reader.next()).isEmpty();
            }
            ApiException unauthorized = org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> AdminClient.connect(URI.create("http://127.0.0.1:" + server.address().getPort()), "wrong")
                            .openStream("/test/count"), ApiException.class);
            assertThat(unauthorized.status()).isEqualTo(401);
        } finally {
            server.stop(1);
        }
    }

    @Test
    void stoppingTheServerClosesAnOpenStream() throws Exception {
        CountDownLatch streaming = new CountDownLatch(1);
        CountDownLatch handlerDone = new CountDownLatch(1);
        ApiRouter router = new ApiRouter();
        router.events("/test/forever", (request, events) -> {
            try {
                events.send("hello", Map.of());
                streaming.countDown();
                while (!events.isClosed()) {
                    // Waits for a stop that never comes from here; the server's stop closes the stream.
                    if (handlerDone.await(50, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                    events.keepAlive();
                }
            } finally {
                handlerDone.countDown();
            }
        });
        BearerToken token = BearerToken.random();
        AdminServer server = AdminServer.start(InetAddress.getLoopbackAddress(), 0, router, token);
        AdminClient client = AdminClient.connect(URI.create("http://127.0.0.1:" + server.address().getPort()),
                token.value());
        InputStream stream = client.openStream("/test/forever");
        try (SseReader reader = new SseReader(stream)) {
            assertThat(reader.next()).map(SseReader.Event::name).hasValue("hello");
            assertThat(streaming.await(5, TimeUnit.SECONDS)).isTrue();
            server.stop(1);
            assertThat(handlerDone.await(5, TimeUnit.SECONDS)).as("the handler ended").isTrue();
            Optional<SseReader.Event> after;
            try {
                after = reader.next();
            } catch (java.io.IOException closed) {
                after = Optional.empty();
            }
            assertThat(after).isEmpty();
        }
    }
}
