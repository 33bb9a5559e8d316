package dev.mailroom.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageTraceTest {
    @TempDir
    Path data;

    @Test
    void followsOneMessageThroughSmtpMtaAndPopInTimeOrder() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
        try (ServiceLog smtp = ServiceLog.open(data, "SMTP", clock, LogSwitches.allOn());
             ServiceLog mta = ServiceLog.open(data, "MTA", clock, LogSwitches.allOn());
             ServiceLog pop = ServiceLog.open(data, "POP", clock, LogSwitches.allOn())) {
            for (ActivityRecord r : LogFixtures.session(smtp.now(), "OTHER.MAI", "192.0.2.1", "", false)) {
                smtp.activity(r);
            }
            clock.advance(Duration.ofSeconds(1));
            for (ActivityRecord r : LogFixtures.session(smtp.now(), "ABC.MAI", "192.0.2.7", "", false)) {
                smtp.activity(r);
            }
            clock.advance(Duration.ofMillis(10));
            smtp.debug("ABC.MAI", "ME-I0101: Local Delivery: Address (bob@example.test) is local");
            clock.advance(Duration.ofSeconds(1));
            mta.debug("", "Delivered ABC.MAI to bob@Company Inbox");
            clock.advance(Duration.ofSeconds(1));
            pop.activity(new ActivityRecord(pop.now(), "POP-IN", "ABC.MAI", "127.0.0.1:110", "192.0.2.9", "RETR", "1",
                    "+OK 512 octets", 530, 8, "bob@Company"));
            for (ServiceLog l : List.of(smtp, mta, pop)) {
                l.flush(5_000);
            }
        }
        List<TracedLine> trace = MessageTrace.trace(new LogDirectory(data), "ABC.MAI", LocalDate.of(2026, 11, 26));
        assertThat(trace).extracting(TracedLine::service)
                .containsExactly("SMTP", "SMTP", "SMTP", "SMTP", "SMTP", "SMTP", "MTA", "POP");
        assertThat(trace.get(5).kind()).isEqualTo(LogKind.DEBUG);
        assertThat(trace.get(0).kind()).isEqualTo(LogKind.ACTIVITY);
        assertThat(trace).noneMatch(t -> t.line().text().contains("OTHER.MAI"));
        assertThat(trace.get(7).line().record()).isInstanceOf(ActivityRecord.class);
    }
}
