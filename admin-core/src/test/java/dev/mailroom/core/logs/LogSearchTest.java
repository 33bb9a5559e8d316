package dev.mailroom.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSearchTest {
    static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 26, 8, 0);
    @TempDir
    Path dir;
    Path activity;
    Path debug;

    @BeforeEach
    void write() throws IOException {
        // 3,000 sessions (15,000 lines, several 1 MB blocks) with damage sprinkled in.
        StringBuilder a = new StringBuilder();
        StringBuilder d = new StringBuilder();
        for (int s = 0; s < 3_000; s++) {
            LocalDateTime t = T0.plusSeconds(s);
            String id = String.format("MSG%05d.MAI", s);
            String ip = "198.51.100." + (s % 250);
            for (ActivityRecord r : LogFixtures.session(t, id, ip, s % 7 == 0 ? "bob@Company" : "", s % 3 == 0)) {
                a.append(ActivityFormat.encode(r)).append('\n');
            }
            if (s % 500 == 250) {
                a.append(LogFixtures.GARBAGE[s / 500 % LogFixtures.GARBAGE.length]).append('\n');
                a.append("broken line naming ").append(id).append('\n');
            }
            String text = s % 3 == 0 ? "ME-I0111: Relay Denied: Failed to meet all relay criteria"
                    : "ME-I0108: Relay Granted: Sender has authenticated";
            d.append(DebugFormat.encode(new DebugRecord(t.plusNanos(3_000_000), id, text))).append('\n');
            d.append(DebugFormat.encode(new DebugRecord(t, "", "Connection from " + ip))).append('\n');
        }
        a.append("2026-11-26 09:00:00.000\tSMTP-IN\tMSG99999.MAI\t127.0"); // partial last line
        activity = Files.writeString(dir.resolve("SMTP-Activity-261126.log"), a);
        debug = Files.writeString(dir.resolve("SMTP-Debug-261126.log"), d);
    }

    private List<LogLine> search(Path file, LogKind kind, LogQuery q) throws IOException {
        List<LogLine> out = new ArrayList<>();
        long end = LogSearch.search(file, kind, q, 0, out::add);
        if (q.to() == null) {
            assertThat(end).isEqualTo(Files.size(file));
        } else {
            assertThat(end).isLessThan(Files.size(file)); // stopped once past the range
        }
        return out;
    }

    /** The same query answered the slow, obvious way: every line through LogQuery.matches. */
    private List<LogLine> bruteForce(Path file, LogKind kind, LogQuery q) throws IOException {
        List<LogLine> out = new ArrayList<>();
        try (LogFileReader r = LogFileReader.open(file, kind)) {
            for (LogLine l : r.forward(0, Integer.MAX_VALUE).lines()) {
                if (q.matches(kind, l)) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    @Test
    void messageIdFindsTheSessionAndTheGarbledLineNamingIt() throws IOException {
        List<LogLine> hits = search(activity, LogKind.ACTIVITY, LogQuery.all().withMessageId("MSG00250.MAI"));
        assertThat(hits).hasSize(6);
        assertThat(hits.subList(0, 5)).allMatch(LogLine::parsed);
        assertThat(hits.get(5).text()).isEqualTo("broken line naming MSG00250.MAI");
        assertThat(hits).isEqualTo(bruteForce(activity, LogKind.ACTIVITY, LogQuery.all().withMessageId("MSG00250.MAI")));
    }

    @Test
    void everyKindOfQueryAgreesWithTheBruteForceAnswer() throws IOException {
        List<LogQuery> queries = List.of(
                LogQuery.all().withRemoteIp("198.51.100.7"),
                LogQuery.all().withText("bob@company"),
                LogQuery.all().withRegex(Pattern.compile("RCPT\\tTO:<[^>]+>\\t550 ")),
                LogQuery.all().withResponseClass(5),
                LogQuery.all().withTime(T0.plusSeconds(100), T0.plusSeconds(110)),
                LogQuery.all().withTime(T0.plusSeconds(100), T0.plusSeconds(400)).withResponseClass(5).withText("RCPT"),
                LogQuery.all().withText("MSG99999"));
        for (LogQuery q : queries) {
            assertThat(search(activity, LogKind.ACTIVITY, q)).as(q.toString())
                    .isEqualTo(bruteForce(activity, LogKind.ACTIVITY, q)).isNotEmpty();
        }
        assertThat(search(activity, LogKind.ACTIVITY, LogQuery.all().withTime(T0.plusSeconds(100), T0.plusSeconds(110))))
                .hasSize(50);
    }

    @Test
    void debugSearchFindsRelayLinesAndAddressesTheTextMentions() throws IOException {
        List<LogLine> denied = search(debug, LogKind.DEBUG, LogQuery.all().withText("Relay Denied"));
        assertThat(denied).hasSize(1_000).allMatch(l -> ((DebugRecord) l.record()).code() == DebugCode.ME_I0111);
        List<LogLine> fromIp = search(debug, LogKind.DEBUG, LogQuery.all().withRemoteIp("198.51.100.7"));
        assertThat(fromIp).extracting(l -> ((DebugRecord) l.record()).text()).containsOnly("Connection from 198.51.100.7")
                .hasSize(12);
    }

    @Test
    void theSinkCanStopAndTheSearchResumesWhereItStopped() throws IOException {
        LogQuery q = LogQuery.all().withRemoteIp("198.51.100.7");
        List<LogLine> firstTwo = new ArrayList<>();
        long resume = LogSearch.search(activity, LogKind.ACTIVITY, q, 0, l -> {
            firstTwo.add(l);
            return firstTwo.size() < 2;
        });
        List<LogLine> rest = new ArrayList<>();
        LogSearch.search(activity, LogKind.ACTIVITY, q, resume, rest::add);
        List<LogLine> all = new ArrayList<>(firstTwo);
        all.addAll(rest);
        assertThat(all).isEqualTo(search(activity, LogKind.ACTIVITY, q));
    }
}
