package dev.mailroom.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceLogTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T22:59:58Z"), ZONE); // 23:59:58 local

    private ActivityRecord rcpt(ServiceLog log, String id) {
        return new ActivityRecord(log.now(), ActivityRecord.SMTP_IN, id, "127.0.0.1:25", "192.0.2.7",
                "RCPT", "TO:<bob@example.com>", "250 OK", 8, 24, "");
    }

    private List<String> lines(String service, LogKind kind, LocalDate day) throws IOException {
        Path p = LogFileNames.path(data, service, kind, day);
        return Files.exists(p) ? Files.readAllLines(p, StandardCharsets.UTF_8) : List.of();
    }

    @Test
    void writesActivityW3cAndDebugUnderTheArticleNames() throws IOException {
        try (ServiceLog log = ServiceLog.open(data, "SMTP", clock, LogSwitches.allOn())) {
            log.activity(rcpt(log, "M1"));
            log.debug("M1", "ME-I0111: Relay Denied: Failed to meet all relay criteria");
            assertThat(log.flush(5_000)).isTrue();
        }
        LocalDate day = LocalDate.of(2026, 11, 26);
        assertThat(lines("SMTP", LogKind.ACTIVITY, day)).singleElement()
                .satisfies(l -> assertThat(ActivityFormat.parse(l).messageId()).isEqualTo("M1"));
        assertThat(lines("SMTP", LogKind.DEBUG, day)).singleElement()
                .satisfies(l -> assertThat(l).endsWith("\tM1\tME-I0111: Relay Denied: Failed to meet all relay criteria"));
        List<String> w3c = lines("SMTP", LogKind.W3C, day);
        assertThat(w3c.get(0)).isEqualTo("#Software: Mailroom");
        assertThat(w3c).anyMatch(l -> l.startsWith("#Fields: date time"));
        assertThat(W3cFormat.parse(w3c.get(w3c.size() - 1))).isInstanceOf(ActivityRecord.class);
    }

    @Test
    void rollsOverAtMidnightByTheClock() throws IOException {
        try (ServiceLog log = ServiceLog.open(data, "POP", clock, LogSwitches.allOn())) {
            log.activity(rcpt(log, "before"));
            log.debug("S1", "before midnight");
            clock.advance(Duration.ofSeconds(3)); // 00:00:01 local, next day
            log.activity(rcpt(log, "after"));
            log.debug("S1", "after midnight");
            assertThat(log.flush(5_000)).isTrue();
        }
        assertThat(lines("POP", LogKind.ACTIVITY, LocalDate.of(2026, 11, 26))).singleElement().asString().contains("before");
        assertThat(lines("POP", LogKind.ACTIVITY, LocalDate.of(2026, 11, 27))).singleElement().asString().contains("after");
        assertThat(lines("POP", LogKind.DEBUG, LocalDate.of(2026, 11, 27))).singleElement().asString().endsWith("after midnight");
        assertThat(lines("POP", LogKind.W3C, LocalDate.of(2026, 11, 27)).get(0)).startsWith("#Software");
    }

    @Test
    void eachLogCanBeSwitchedOffWhileRunning() throws IOException {
        AtomicBoolean debugOn = new AtomicBoolean(true);
        AtomicBoolean activityOn = new AtomicBoolean(true);
        LogSwitches switches = kind -> switch (kind) {
            case ACTIVITY -> activityOn.get();
            case DEBUG -> debugOn.get();
            case W3C -> false;
        };
        try (ServiceLog log = ServiceLog.open(data, "SMTP", clock, switches)) {
            log.debug("", "one");
            log.activity(rcpt(log, "A1"));
            debugOn.set(false);
            activityOn.set(false);
            log.debug("", "two");
            log.activity(rcpt(log, "A2"));
            debugOn.set(true);
            log.debug("", "three");
            assertThat(log.flush(5_000)).isTrue();
        }
        LocalDate day = LocalDate.of(2026, 11, 26);
        assertThat(lines("SMTP", LogKind.DEBUG, day)).hasSize(2).noneMatch(l -> l.endsWith("two"));
        assertThat(lines("SMTP", LogKind.ACTIVITY, day)).hasSize(1);
        assertThat(LogFileNames.path(data, "SMTP", LogKind.W3C, day)).doesNotExist();
    }

    @Test
    void passwordsAndAuthPayloadsNeverReachTheFiles() throws IOException {
        try (ServiceLog log = ServiceLog.open(data, "SMTP", clock, LogSwitches.allOn())) {
            log.activity(new ActivityRecord(log.now(), "SMTP-IN", "", "127.0.0.1:25", "192.0.2.7", "AUTH",
                    "PLAIN AGJvYgBodW50ZXIy", "235 2.7.0 Authentication successful", 30, 31, ""));
            log.activity(new ActivityRecord(log.now(), "SMTP-IN", "", "127.0.0.1:25", "192.0.2.7", "AUTH",
                    "aHVudGVyMg==", "235 2.7.0 Authentication successful", 30, 14, "bob@Company"));
            log.activity(new ActivityRecord(log.now(), "POP-IN", "", "127.0.0.1:110", "192.0.2.7", "",
                    "PASS hunter2", "+OK", 5, 14, ""));
            log.debug("S9", "client sent PASS hunter2");
            assertThat(log.flush(5_000)).isTrue();
        }
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(data)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(p));
            }
        }
        assertThat(all.toString()).contains("PLAIN ****").contains("PASS ****")
                .doesNotContain("hunter2").doesNotContain("AGJvYgBodW50ZXIy").doesNotContain("aHVudGVyMg");
    }

    @Test
    void manyThreadsWriteWholeLinesAndLoseNone() throws Exception {
        int threads = 8;
        int perThread = 5_000;
        try (ServiceLog log = ServiceLog.open(data, "SMTP", clock, LogSwitches.of(true, false, false))) {
            List<Thread> ts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int tn = t;
                Thread th = new Thread(() -> {
                    for (int i = 0; i < perThread; i++) {
                        log.activity(rcpt(log, "T" + tn + "-" + i));
                    }
                });
                th.start();
                ts.add(th);
            }
            for (Thread t : ts) {
                t.join();
            }
            assertThat(log.flush(10_000)).isTrue();
            assertThat(log.dropped()).isZero();
        }
        List<String> lines = lines("SMTP", LogKind.ACTIVITY, LocalDate.of(2026, 11, 26));
        Set<String> ids = new HashSet<>();
        for (String l : lines) {
            ActivityRecord r = ActivityFormat.parse(l);
            assertThat(r).as(l).isNotNull();
            ids.add(r.messageId());
        }
        assertThat(ids).hasSize(threads * perThread);
    }

    @Test
    void appendsToTheDaysFileAfterARestart() throws IOException {
        for (int i = 0; i < 2; i++) {
            try (ServiceLog log = ServiceLog.open(data, "SMTP", clock, LogSwitches.allOn())) {
                log.activity(rcpt(log, "R" + i));
            }
        }
        LocalDate day = LocalDate.of(2026, 11, 26);
        assertThat(lines("SMTP", LogKind.ACTIVITY, day)).hasSize(2);
        assertThat(lines("SMTP", LogKind.W3C, day)).filteredOn(l -> l.startsWith("#Fields")).hasSize(1);
    }
}
