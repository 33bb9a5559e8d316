package dev.mailroom.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFollowerTest {
    @TempDir
    Path data;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T23:59:50Z"), ZoneOffset.UTC);
    final LocalDate day = LocalDate.of(2026, 11, 26);

    @Test
    void tailThenNewLinesThenAcrossMidnightIntoTheNextFile() throws Exception {
        LogDirectory dir = new LogDirectory(data);
        try (ServiceLog log = ServiceLog.open(data, "SMTP", clock, LogSwitches.allOn())) {
            for (int i = 0; i < 10; i++) {
                log.debug("S" + i, "line " + i);
            }
            log.flush(5_000);
            var started = LogFollower.startAtTail(dir, "SMTP", LogKind.DEBUG, day, 3);
            assertThat(started.initial().lines()).extracting(l -> ((DebugRecord) l.record()).text())
                    .containsExactly("line 7", "line 8", "line 9");
            LogFollower f = started.follower();
            assertThat(f.poll().lines()).isEmpty();

            log.debug("S10", "line 10");
            log.flush(5_000);
            assertThat(f.poll().lines()).extracting(LogLine::text).singleElement().asString().endsWith("line 10");

            // the writer dies mid-line, then the next day's file starts
            LogFixtures.append(LogFileNames.path(data, "SMTP", LogKind.DEBUG, day), "2026-11-26 23:59:59.000\tS11\tli");
            clock.advance(Duration.ofSeconds(20));
            log.debug("S12", "after midnight");
            log.flush(5_000);

            List<LogFollower.Batch> batches = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                batches.add(f.poll());
            }
            assertThat(batches.get(0).day()).isEqualTo(day);
            assertThat(batches.get(0).lines()).singleElement().satisfies(l -> {
                assertThat(l.partial()).isTrue();
                assertThat(l.text()).endsWith("\tS11\tli");
            });
            assertThat(batches.get(1).day()).isEqualTo(day.plusDays(1));
            assertThat(batches.get(1).lines()).extracting(LogLine::text).singleElement().asString().endsWith("after midnight");
            assertThat(batches.get(2).lines()).isEmpty();
            assertThat(f.day()).isEqualTo(day.plusDays(1));
        }
    }

    @Test
    void followingADayWithNoFileYetPicksItUpWhenItAppears() throws Exception {
        LogDirectory dir = new LogDirectory(data);
        var started = LogFollower.startAtTail(dir, "POP", LogKind.ACTIVITY, day, 50);
        assertThat(started.initial().lines()).isEmpty();
        try (ServiceLog log = ServiceLog.open(data, "POP", clock, LogSwitches.allOn())) {
            log.activity(new ActivityRecord(log.now(), "POP-IN", "", "127.0.0.1:110", "127.0.0.2", "USER", "bob",
                    "+OK", 4, 10, ""));
            log.flush(5_000);
        }
        assertThat(started.follower().poll().lines()).hasSize(1);
    }
}
