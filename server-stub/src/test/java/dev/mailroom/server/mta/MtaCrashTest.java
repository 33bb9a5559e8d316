package dev.mailroom.server.mta;

import static dev.mailroom.server.mta.MtaWorld.CAROL;
import static dev.mailroom.server.mta.MtaWorld.await;
import static dev.mailroom.server.mta.MtaWorld.io;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.core.dns.checks.DnsCheckSettings;
import dev.mailroom.core.mta.MtaSettings;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import dev.mailroom.server.cli.MailroomCommand;
import dev.mailroom.server.smtp.OutboundQueue;
import dev.mailroom.server.smtp.SmtpService;
import dev.mailroom.core.dns.testing.Dnsmasq;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a real server process (a child JVM running {@code serve}) in the middle of a
 * delivery run: afterwards every message is either at the remote server or still complete in
 * the queue, and a restarted server delivers the rest. A message can arrive twice only when
 * the kill fell between the remote's 250 and the recording of it (SMTP cannot prevent that),
 * at most once per worker thread.
 */
class MtaCrashTest {
    private static final int MESSAGES = 300;

    @TempDir
    Path dir;

    @Test
    void a_kill_during_delivery_loses_nothing_and_the_restart_finishes_the_queue() throws Exception {
        try (Dnsmasq dns = Dnsmasq.in(Files.createDirectories(dir.resolve("dns"))).host("plain.test", "127.0.0.2").start();
             RunningServer remote = MtaWorld.remote(dir.resolve("remote"), "127.0.0.2", 0, "plain.test")) {
            Path data = dir.resolve("local");
            // Prepare the queue with a server that has no MTA, so nothing leaves before the child runs.
            try (RunningServer prep = ServerLauncher.start(data, new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0),
                    OptionalInt.of(0)), 0, null, List.of(SmtpService::new))) {
                prep.context().settings().write(DnsCheckSettings.SECTION, new DnsCheckSettings(dns.server(), 2000, false, false, false));
                prep.context().settings().write(MtaSettings.SECTION, MtaSettings.defaults().withRemotePort(MtaWorld.smtpPort(remote)));
                OutboundQueue q = new OutboundQueue(data);
                Path tmp = data.resolve("m.tmp");
                for (int i = 0; i < MESSAGES; i++) {
                    Files.writeString(tmp, "From: <alice@acme.test>\r\nSubject: crash-" + i + "-end\r\n\r\n" + "x".repeat(4000) + "\r\n",
                            StandardCharsets.US_ASCII);
                    q.enqueue(String.format("2B%022d", i), "alice@acme.test", List.of("carol@plain.test"), tmp, Instant.now(),
                            "127.0.0.1", "alice@Acme");
                }
                Files.delete(tmp);
            }

            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), MailroomCommand.class.getName(),
                    "serve", "--data", data.toString(), "--admin-port", "0", "--smtp-port", "0", "--pop3-port", "0")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            try {
                await(() -> io(() -> delivered(remote).size()) >= 30, "the child delivering");
                child.destroyForcibly();   // SIGKILL on Linux
                child.waitFor();
            } finally {
                child.destroyForcibly();
            }
            int beforeRestart = io(() -> delivered(remote).size());
            assertThat(beforeRestart).as("killed mid-run").isLessThan(MESSAGES);

            // Every message still queued is complete: message file, envelope, readable state.
            Path outbound = data.resolve("Queues").resolve("Outbound");
            ObjectMapper json = new ObjectMapper();
            List<Path> envelopes;
            try (Stream<Path> s = Files.list(outbound)) {
                envelopes = s.filter(p -> p.toString().endsWith(".json")).toList();
            }
            for (Path env : envelopes) {
                String id = env.getFileName().toString().replace(".json", "");
                Path state = outbound.resolve(id + ".mta");
                JsonNode st = Files.exists(state) ? json.readTree(state.toFile()) : null;
                if (st != null) {
                    assertThat(st.get("id").asText()).isEqualTo(id);
                }
                boolean finished = st != null && st.get("pending").isEmpty();
                // Killed while removing a finished message: its state says so, and the restart
                // deletes the rest. Anything else still to deliver has its message file.
                if (!finished) {
                    assertThat(outbound.resolve(id + ".MAI")).exists();
                }
            }
            Map<String, Integer> counts = delivered(remote);
            for (int i = 0; i < MESSAGES; i++) {
                String id = String.format("2B%022d", i);
                boolean queued = Files.exists(outbound.resolve(id + ".json")) && Files.exists(outbound.resolve(id + ".MAI"));
                boolean there = counts.containsKey("crash-" + i + "-end");
                assertThat(queued || there).as("message " + i + " is queued or delivered").isTrue();
            }

            try (RunningServer again = ServerLauncher.start(data, new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0),
                    OptionalInt.of(0)), 0, null)) {
                await(() -> io(() -> delivered(remote).size()) == MESSAGES, "the restarted server finishing");
                await(() -> io(() -> {
                    try (Stream<Path> s = Files.list(outbound)) {
                        return s.findAny().isEmpty();
                    }
                }), "queue folder empty");
            }
            Map<String, Integer> finalCounts = delivered(remote);
            int duplicates = finalCounts.values().stream().mapToInt(c -> c - 1).sum();
            assertThat(duplicates).as("copies beyond the one per in-flight delivery SMTP cannot prevent")
                    .isLessThanOrEqualTo(MtaSettings.defaults().threads());
        }
    }

    /** How many copies of each subject are in carol's Inbox at the remote server. */
    private static Map<String, Integer> delivered(RunningServer remote) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        Path inbox = MtaWorld.inbox(remote, CAROL);
        if (!Files.isDirectory(inbox)) {
            return counts;
        }
        try (Stream<Path> s = Files.list(inbox)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".MAI")).toList()) {
                String text;
                try {
                    text = Files.readString(p, StandardCharsets.ISO_8859_1);
                } catch (IOException beingWritten) {
                    continue;
                }
                int at = text.indexOf("Subject: crash-");
                if (at >= 0) {
                    String subject = text.substring(at + 9, text.indexOf("-end", at) + 4);
                    counts.merge(subject, 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
