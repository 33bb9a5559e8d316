package dev.mailroom.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines captured from the real SMTP connector (three sessions: a local delivery, a relay from a
 * privileged address, a refused relay from 127.0.0.2; {@code src/test/resources/logs}), then
 * damaged the ways a crash or a disk leaves a log: a line cut in the middle, bytes that are not
 * UTF-8, NULs, a half-written last line.
 */
class CapturedLogsTest {
    @TempDir
    Path dir;

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CapturedLogsTest.class.getResourceAsStream("/logs/" + name)) {
            return in.readAllBytes();
        }
    }

    private Path damaged(String name) throws IOException {
        String captured = new String(resource(name), StandardCharsets.UTF_8);
        String[] lines = captured.split("\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.length; i++) {
            out.writeBytes((lines[i] + "\n").getBytes(StandardCharsets.UTF_8));
            if (i == 2) {
                out.writeBytes((lines[i].substring(0, lines[i].length() / 2) + "\n").getBytes(StandardCharsets.UTF_8));
                out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'x', '\n'}); // not UTF-8
                out.writeBytes(new byte[] {0, 0, 0, 0, '\n'});
            }
        }
        out.writeBytes(lines[0].substring(0, 30).getBytes(StandardCharsets.UTF_8)); // still being written
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    @Test
    void everyCapturedActivityLineParsesIntoArticle32Columns() throws IOException {
        Path p = Files.write(dir.resolve("a.log"), resource("SMTP-Activity-captured.log"));
        try (LogFileReader r = LogFileReader.open(p, LogKind.ACTIVITY)) {
            List<LogLine> lines = r.forward(0, 100).lines();
            assertThat(lines).hasSize(16).allMatch(LogLine::parsed);
            ActivityRecord refused = lines.stream().map(l -> (ActivityRecord) l.record())
                    .filter(a -> a.remoteIp().equals("127.0.0.2") && a.command().equals("RCPT")).findFirst().orElseThrow();
            assertThat(refused.type()).isEqualTo("SMTP-IN");
            assertThat(refused.detail()).isEqualTo("TO:<victim@remote.test>");
            assertThat(refused.responseClass()).isEqualTo(5);
            assertThat(refused.localSocket()).startsWith("127.0.0.1:");
        }
    }

    @Test
    void damagedActivityLogKeepsEveryLineAndTheCapturedOnesStillParse() throws IOException {
        Path p = damaged("SMTP-Activity-captured.log");
        try (LogFileReader r = LogFileReader.open(p, LogKind.ACTIVITY)) {
            List<LogLine> lines = r.forward(0, 100).lines();
            assertThat(lines).hasSize(16 + 3 + 1);
            assertThat(lines.stream().filter(LogLine::parsed)).hasSize(16);
            assertThat(lines.get(3).parsed()).isFalse(); // the line cut in half
            assertThat(lines.get(4).text()).contains("\uFFFD"); // shown with replacement characters, not dropped
            assertThat(lines.get(lines.size() - 1).partial()).isTrue();
            assertThat(r.tail(2).lines()).extracting(LogLine::partial).containsExactly(false, true);
        }
        List<LogLine> found = new ArrayList<>();
        LogSearch.search(p, LogKind.ACTIVITY, LogQuery.all().withRemoteIp("127.0.0.2"), 0, found::add);
        assertThat(found).hasSize(5).allMatch(LogLine::parsed);
    }

    @Test
    void capturedDebugLinesCarryTheRelayCodesWithTheirMessageIds() throws IOException {
        Path p = damaged("SMTP-Debug-captured.log");
        List<LogLine> relay = new ArrayList<>();
        LogSearch.search(p, LogKind.DEBUG, LogQuery.all().withText("ME-I01"), 0, relay::add);
        // The copy of the ME-I0101 line cut after "ME-I01" still has its three columns: it is
        // found and shown, with no code, since its text is incomplete.
        assertThat(relay).extracting(l -> ((DebugRecord) l.record()).code())
                .containsExactly(DebugCode.ME_I0101, null, DebugCode.ME_I0107, DebugCode.ME_I0111);
        assertThat(relay.get(1).text()).endsWith("\tME-I01");
        assertThat(relay).allMatch(l -> !l.record().messageId().isEmpty());
        try (LogFileReader r = LogFileReader.open(p, LogKind.DEBUG)) {
            List<LogLine> all = r.forward(0, 100).lines();
            assertThat(all).hasSize(11 + 3 + 1);
            assertThat(all.stream().filter(LogLine::parsed)).hasSize(12); // the 11 captured and the cut copy
        }
    }
}
