package dev.mailroom.server.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.api.SseReader;
import dev.mailroom.core.logs.ActivityRecord;
import dev.mailroom.core.logs.DebugRecord;
import dev.mailroom.core.logs.LogFileDto;
import dev.mailroom.core.logs.LogFileNames;
import dev.mailroom.core.logs.LogKind;
import dev.mailroom.core.logs.LogLineDto;
import dev.mailroom.core.logs.LogPageDto;
import dev.mailroom.core.logs.LogQuery;
import dev.mailroom.core.logs.LogSwitches;
import dev.mailroom.core.logs.LogsClient;
import dev.mailroom.core.logs.ServiceLog;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log endpoints over HTTP against the real server on a free port. The SMTP, POP and MTA
 * logs are written into its data directory by the real {@link ServiceLog} (what those services
 * call), with a clock the test moves across midnight.
 */
class LogsApiTest {
    @TempDir
    Path dataDir;
    RunningServer server;
    LogsClient logs;
    final ExecutorService reader = Executors.newSingleThreadExecutor();
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T23:00:00Z"));
    final LocalDate day = LocalDate.of(2026, 11, 26);

    @BeforeEach
    void start() throws Exception {
        server = ServerLauncher.start(dataDir, ServerContext.Overrides.none(), 0, "127.0.0.1");
        logs = new LogsClient(server.client());
    }

    @AfterEach
    void stop() {
        reader.shutdownNow();
        server.close();
    }

    private static ActivityRecord line(ServiceLog log, String type, String id, String ip, String cmd, String response) {
        return new ActivityRecord(log.now(), type, id, "127.0.0.1:25", ip, cmd, "", response, 10, 20, "");
    }

    private void writeSmtp(int n) {
        try (ServiceLog smtp = ServiceLog.open(dataDir, LogFileNames.SMTP, clock, LogSwitches.allOn())) {
            for (int i = 0; i < n; i++) {
                smtp.activity(line(smtp, "SMTP-IN", "M" + i, "192.0.2." + (i % 10), "NOOP", i % 5 == 0 ? "550 No" : "250 OK"));
                clock.advance(Duration.ofMillis(100));
            }
        }
    }

    @Test
    void listsFilesAndReadsRangesByPosition() {
        writeSmtp(1_000);
        List<LogFileDto> files = logs.files("SMTP");
        assertThat(files).extracting(LogFileDto::name)
                .containsExactly("SMTP-Activity-261126.log", "SMTP-W3C-261126.log");

        LogPageDto last = logs.tail("SMTP", LogKind.ACTIVITY, day, 10);
        assertThat(last.lines()).hasSize(10);
        assertThat(last.atEnd()).isTrue();
        assertThat(last.lines().get(9).toLine().record().messageId()).isEqualTo("M999");

        LogPageDto first = logs.forward("SMTP", LogKind.ACTIVITY, day, 0, 100);
        assertThat(first.lines()).hasSize(100);
        LogPageDto next = logs.forward("SMTP", LogKind.ACTIVITY, day, first.end(), 100);
        assertThat(next.lines().get(0).toLine().record().messageId()).isEqualTo("M100");
        LogPageDto before = logs.backward("SMTP", LogKind.ACTIVITY, day, next.start(), 3);
        assertThat(before.lines()).extracting(l -> l.toLine().record().messageId()).containsExactly("M97", "M98", "M99");

        long at = logs.offsetOf("SMTP", LogKind.ACTIVITY, day, day.atTime(23, 0, 50));
        assertThat(logs.forward("SMTP", LogKind.ACTIVITY, day, at, 1).lines().get(0).toLine().record().messageId())
                .isEqualTo("M500");
    }

    @Test
    void refusesBadParametersWithTheErrorShape() throws Exception {
        writeSmtp(1);
        assertThatThrownBy(() -> server.client().get("/logs/files/SMTP/Nonsense/2026-11-26/lines"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error().field()).isEqualTo("kind");
                });
        assertThatThrownBy(() -> logs.tail("POP", LogKind.ACTIVITY, day, 10))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        try (SseReader events = new SseReader(server.client().openStream("/logs/search?regex=%28unclosed"))) {
            SseReader.Event e = events.next().orElseThrow();
            assertThat(e.name()).isEqualTo("error");
            assertThat(e.data()).contains("\"field\":\"regex\"");
        }
    }

    @Test
    void tailSendsTheLastLinesThenLinesWrittenWhileFollowingThenTheNextDaysFile() throws Exception {
        writeSmtp(50); // ends 23:00:05
        try (ServiceLog smtp = ServiceLog.open(dataDir, LogFileNames.SMTP, clock, LogSwitches.allOn());
             LogsClient.Follow follow = logs.follow("SMTP", LogKind.ACTIVITY, day, 5)) {
            List<LogLineDto> first = next(follow);
            assertThat(first).extracting(l -> l.toLine().record().messageId()).containsExactly("M45", "M46", "M47", "M48", "M49");

            smtp.activity(line(smtp, "SMTP-IN", "GROW1", "192.0.2.50", "MAIL", "250 OK"));
            smtp.activity(line(smtp, "SMTP-IN", "GROW2", "192.0.2.50", "RCPT", "250 OK"));
            smtp.flush(5_000);
            List<LogLineDto> grown = collect(follow, 2);
            assertThat(grown).extracting(l -> l.toLine().record().messageId()).containsExactly("GROW1", "GROW2");

            clock.advance(Duration.ofHours(1)); // past midnight: the writer opens SMTP-Activity-261127.log
            smtp.activity(line(smtp, "SMTP-IN", "NEXTDAY", "192.0.2.51", "QUIT", "221 Bye"));
            smtp.flush(5_000);
            List<LogLineDto> rotated = collect(follow, 1);
            assertThat(rotated).singleElement().satisfies(l -> {
                assertThat(l.day()).isEqualTo(day.plusDays(1));
                assertThat(l.toLine().record().messageId()).isEqualTo("NEXTDAY");
            });
        }
    }

    @Test
    void searchStreamsMatchesAcrossServicesAndTraceOrdersAMessagesLines() {
        writeSmtp(200);
        try (ServiceLog mta = ServiceLog.open(dataDir, LogFileNames.MTA, clock, LogSwitches.allOn());
             ServiceLog pop = ServiceLog.open(dataDir, LogFileNames.POP, clock, LogSwitches.allOn())) {
            mta.debug("M7", "Delivered to bob@Company");
            clock.advance(Duration.ofSeconds(1));
            pop.activity(line(pop, "POP-IN", "M7", "192.0.2.99", "RETR", "+OK"));
        }
        List<LogLineDto> found = new ArrayList<>();
        LogsClient.SearchDone done = logs.search(LogQuery.all().withMessageId("M7"), null, null, day, 100, found::addAll);
        assertThat(done.count()).isEqualTo(3);
        assertThat(found).extracting(LogLineDto::service).containsExactly("SMTP", "POP", "MTA");

        List<LogLineDto> fromIp = new ArrayList<>();
        logs.search(LogQuery.all().withRemoteIp("192.0.2.3"), "SMTP", LogKind.ACTIVITY, day, 1000, fromIp::addAll);
        assertThat(fromIp).hasSize(20).allMatch(l -> ((ActivityRecord) l.toLine().record()).remoteIp().equals("192.0.2.3"));

        List<LogLineDto> refused = new ArrayList<>();
        LogsClient.SearchDone cut = logs.search(LogQuery.all().withResponseClass(5), "SMTP", LogKind.ACTIVITY, day, 7,
                refused::addAll);
        assertThat(refused).hasSize(7);
        assertThat(cut.truncated()).isTrue();

        List<LogLineDto> trace = logs.trace("M7", day);
        assertThat(trace).extracting(LogLineDto::service).containsExactly("SMTP", "MTA", "POP");
        assertThat(trace.get(1).toLine().record()).isInstanceOf(DebugRecord.class);
    }

    @Test
    void aBadSearchParameterArrivesAsA400() {
        assertThatThrownBy(() -> logs.search(LogQuery.all().withText("x"), "SMTP", LogKind.ACTIVITY, day, 0, b -> { }))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error().field()).isEqualTo("limit");
                });
    }

    private List<LogLineDto> next(LogsClient.Follow follow) throws Exception {
        Future<Optional<List<LogLineDto>>> f = reader.submit(follow::next);
        return f.get(10, TimeUnit.SECONDS).orElseThrow();
    }

    /** Reads batches until {@code n} lines came, within a deadline. */
    private List<LogLineDto> collect(LogsClient.Follow follow, int n) throws Exception {
        List<LogLineDto> out = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (out.size() < n) {
            long left = deadline - System.nanoTime();
            assertThat(left).as("lines within 10 s").isPositive();
            out.addAll(reader.submit(follow::next).get(left, TimeUnit.NANOSECONDS).orElseThrow());
        }
        return out;
    }

    /** A clock the test moves across midnight. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
