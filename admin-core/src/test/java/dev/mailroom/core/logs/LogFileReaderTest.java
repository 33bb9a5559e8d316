package dev.mailroom.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileReaderTest {
    @TempDir
    Path data;
    Path activity;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void writeCapturedLogWithDamage() throws Exception {
        try (ServiceLog log = ServiceLog.open(data, "SMTP", clock, LogSwitches.allOn())) {
            for (ActivityRecord r : LogFixtures.session(log.now(), "M0001.MAI", "192.0.2.7", "", true)) {
                log.activity(r);
            }
            log.flush(5_000);
        }
        activity = LogFileNames.path(data, "SMTP", LogKind.ACTIVITY, LocalDate.of(2026, 11, 26));
        for (String g : LogFixtures.GARBAGE) {
            LogFixtures.append(activity, g + "\n");
        }
        LogFixtures.append(activity, "2026-11-26 10:00:06.000\tSMTP-IN\tM0002.MAI\t127.0.0.1:25\t192.0.2.8\tQUIT\t\t221 Bye\t9\t6\r\n");
        LogFixtures.append(activity, "2026-11-26 10:00:07.000\tSMTP-IN\tM0003.MAI\t127.0"); // being written
    }

    @Test
    void readsEveryLineKeepingGarbageRawAndFlaggingThePartialLastLine() throws Exception {
        try (LogFileReader r = LogFileReader.open(activity, LogKind.ACTIVITY)) {
            LogPage page = r.forward(0, 100);
            List<LogLine> lines = page.lines();
            assertThat(lines).hasSize(5 + LogFixtures.GARBAGE.length + 2);
            assertThat(lines.subList(0, 5)).allMatch(LogLine::parsed);
            assertThat(lines.subList(5, 9)).noneMatch(LogLine::parsed)
                    .extracting(LogLine::text).containsExactly(LogFixtures.GARBAGE);
            LogLine crlf = lines.get(9);
            assertThat(crlf.parsed()).isTrue();
            assertThat(((ActivityRecord) crlf.record()).bytesReceived()).isEqualTo(6);
            LogLine last = lines.get(10);
            assertThat(last.partial()).isTrue();
            assertThat(last.parsed()).isFalse();
            assertThat(page.end()).isEqualTo(last.offset()); // read again once complete
            assertThat(page.atEnd()).isTrue();
        }
    }

    @Test
    void pagesForwardAndBackwardByByteOffset() throws Exception {
        try (LogFileReader r = LogFileReader.open(activity, LogKind.ACTIVITY)) {
            LogPage first = r.forward(0, 3);
            assertThat(first.lines()).hasSize(3);
            LogPage second = r.forward(first.end(), 3);
            assertThat(second.lines().get(0).offset()).isEqualTo(first.end());
            assertThat(((ActivityRecord) second.lines().get(0).record()).command()).isEqualTo("RCPT");
            LogPage back = r.backward(second.start(), 2);
            assertThat(back.lines()).extracting(l -> ((ActivityRecord) l.record()).command()).containsExactly("EHLO", "MAIL");
            // an offset inside a line moves to the next line
            LogPage mid = r.forward(first.lines().get(1).offset() + 5, 1);
            assertThat(mid.lines().get(0).offset()).isEqualTo(first.lines().get(2).offset());
            LogPage tail = r.tail(2);
            assertThat(tail.lines()).hasSize(2);
            assertThat(tail.lines().get(1).partial()).isTrue();
            assertThat(((ActivityRecord) tail.lines().get(0).record()).messageId()).isEqualTo("M0002.MAI");
        }
    }

    @Test
    void findsTheOffsetOfATimeByBinarySearchInALargeFile() throws Exception {
        Path big = data.resolve("big.log");
        LocalDateTime t0 = LocalDateTime.of(2026, 11, 26, 0, 0);
        StringBuilder sb = new StringBuilder();
        List<Long> offsets = new ArrayList<>();
        long off = 0;
        for (int i = 0; i < 50_000; i++) {
            String line = ActivityFormat.encode(new ActivityRecord(t0.plusSeconds(i), "SMTP-IN", "M" + i, "127.0.0.1:25",
                    "192.0.2." + (i % 200), "NOOP", "", "250 OK", 8, 6, "")) + "\n";
            if (i == 30_000) {
                line = "garbage in the middle\n" + line;
                offsets.add(off + "garbage in the middle\n".length());
            } else {
                offsets.add(off);
            }
            sb.append(line);
            off += line.length();
        }
        Files.writeString(big, sb);
        try (LogFileReader r = LogFileReader.open(big, LogKind.ACTIVITY)) {
            assertThat(r.offsetOf(t0.plusSeconds(12_345))).isEqualTo(offsets.get(12_345));
            assertThat(r.offsetOf(t0.plusSeconds(30_000))).isEqualTo(offsets.get(30_000));
            assertThat(r.offsetOf(t0.minusDays(1))).isZero();
            assertThat(r.offsetOf(t0.plusDays(1))).isEqualTo(Files.size(big));
        }
    }

    @Test
    void anEmptyFileHasNoLines() throws Exception {
        Path empty = Files.createFile(data.resolve("empty.log"));
        try (LogFileReader r = LogFileReader.open(empty, LogKind.DEBUG)) {
            assertThat(r.forward(0, 10).lines()).isEmpty();
            assertThat(r.tail(10).lines()).isEmpty();
            assertThat(r.offsetOf(LocalDateTime.now())).isZero();
        }
    }
}
