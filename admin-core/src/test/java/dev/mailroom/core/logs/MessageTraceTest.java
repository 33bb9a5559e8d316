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
            smtp.debug("", "Access Granted: Client IP (192.0.2.7) is not in the denied list");
            clock.advance(Duration.ofMillis(1));
            for (ActivityRecord r : LogFixtures.session(smtp.now(), "ABC.MAI", "192.0.2.7", "", false)) {
                // as the SMTP connector logs them: no message id before MAIL and on QUIT
                boolean idLess = r.command().equals("CONNECT") || r.command().equals("EHLO") || r.command().equals("QUIT");
                smtp.activity(new ActivityRecord(r.time(), r.type(), idLess ? "" : r.messageId(), r.localSocket(),
                        r.remoteIp(), r.command(), r.detail(), r.response(), r.bytesSent(), r.bytesReceived(), r.account()));
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
        assertThat(trace).extracting(t -> t.service() + " " + t.kind().label() + " "
                + (t.line().record() instanceof ActivityRecord a ? a.command() : ((DebugRecord) t.line().record()).text()))
                .containsExactly(
                        "SMTP Debug Access Granted: Client IP (192.0.2.7) is not in the denied list",
                        "SMTP Activity CONNECT", "SMTP Activity EHLO", "SMTP Activity MAIL", "SMTP Activity RCPT",
                        "SMTP Activity QUIT", "SMTP Debug ME-I0101: Local Delivery: Address (bob@example.test) is local",
                        "MTA Debug Delivered ABC.MAI to bob@Company Inbox", "POP Activity RETR");
        assertThat(trace).noneMatch(t -> t.line().text().contains("OTHER.MAI"));
        assertThat(trace.get(trace.size() - 1).line().record()).isInstanceOf(ActivityRecord.class);
    }
}
