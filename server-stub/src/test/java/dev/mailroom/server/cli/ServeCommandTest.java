package dev.mailroom.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} and the administration commands as separate processes: the ready line, exit
 * codes 2 and 3, SIGTERM, passwords through standard input.
 */
class ServeCommandTest {
    static final Pattern READY = Pattern.compile(
            "Mailroom server ready: admin=127\\.0\\.0\\.1:(\\d+)((?: [a-z0-9]+=\\S+:\\d+)*)");
    static final Duration START = Duration.ofSeconds(60);
    static final Duration COMMAND = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void servePrintsOneReadyLineAnswersAdminCommandsAndStopsOnSigterm() throws Exception {
        Path data = tmp.resolve("new").resolve("data");
        try (ChildProcess server = ChildProcess.start("serve", "--data", data.toString(), "--admin-port", "0",
                "--smtp-port", "0", "--pop3-port", "0")) {
            String ready = server.nextLine(START);
            assertThat(ready).as(server.stderr()).isNotNull();
            Matcher m = READY.matcher(ready);
            assertThat(m.matches()).as(ready).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isPositive();
            assertThat(Files.readString(data.resolve("admin.url")).strip()).isEqualTo("http://127.0.0.1:" + m.group(1));

            assertThat(run(null, "postoffice", "add", "Example", "--data", data.toString())).isZero();
            assertThat(run(null, "domain", "add", "Example", "example.com", "--data", data.toString())).isZero();
            String secret = "Piped-Secret-5c0d1e";
            try (ChildProcess add = ChildProcess.start("mailbox", "add", "Example", "alice", "--data", data.toString())) {
                add.stdin(secret + "\n");
                assertThat(add.waitFor(COMMAND)).as(add.stderr()).isZero();
                assertThat(add.allStdout()).containsExactly("Created mailbox Example/alice with addresses alice@example.com");
            }
            try (ChildProcess list = ChildProcess.start("mailbox", "list", "Example", "--data", data.toString())) {
                assertThat(list.waitFor(COMMAND)).as(list.stderr()).isZero();
                List<String> out = list.allStdout();
                assertThat(out.get(0)).startsWith("MAILBOX");
                assertThat(out.get(1)).startsWith("alice").contains("USER").endsWith("alice@example.com");
                assertThat(out.get(2)).isEqualTo("1 of 1 shown");
            }
            try (ChildProcess dup = ChildProcess.start("postoffice", "add", "EXAMPLE", "--data", data.toString())) {
                assertThat(dup.waitFor(COMMAND)).isEqualTo(MailroomCommand.EXIT_FAILED);
                assertThat(dup.stderr()).startsWith("Error: ").contains("(field: name)");
            }
            try (ChildProcess list = ChildProcess.start("postoffice", "list", "--data", data.toString())) {
                assertThat(list.waitFor(COMMAND)).isZero();
                assertThat(list.allStdout()).hasSize(3).anyMatch(l -> l.matches("Example\\s+yes\\s+1\\s+1"));
            }
            try (ChildProcess setPw = ChildProcess.start("mailbox", "set-password", "Example", "alice", "--data",
                    data.toString())) {
                setPw.stdin("Another-Secret-9a8b7c\n");
                assertThat(setPw.waitFor(COMMAND)).as(setPw.stderr()).isZero();
            }
            assertThat(run(null, "mailbox", "remove", "Example", "alice", "--data", data.toString())).isZero();
            try (ChildProcess status = ChildProcess.start("status", "--data", data.toString())) {
                assertThat(status.waitFor(COMMAND)).as(status.stderr()).isZero();
                assertThat(status.allStdout().get(0)).startsWith("Mailroom ").contains(", up ");
            }

            long stopping = System.nanoTime();
            server.terminate();
            Integer code = server.waitFor(Duration.ofSeconds(10));
            assertThat(code).as("exited within 10 s of SIGTERM").isNotNull();
            assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(10));
            assertThat(server.allStdout()).as("standard output holds only the ready line").containsExactly(ready);
            assertThat(data.resolve("admin.url")).doesNotExist();
            assertThat(data.resolve("admin.token")).doesNotExist();
            assertNoFileContains(data, secret, "Another-Secret-9a8b7c");
        }
    }

    @Test
    void aSecondServerOnTheSameDirectoryExitsWith3AndOneLine() throws Exception {
        Path data = tmp.resolve("data");
        try (ChildProcess first = ChildProcess.start("serve", "--data", data.toString(), "--admin-port", "0")) {
            assertThat(first.nextLine(START)).as(first.stderr()).startsWith("Mailroom server ready:");
            String url = Files.readString(data.resolve("admin.url"));
            try (ChildProcess second = ChildProcess.start("serve", "--data", data.toString(), "--admin-port", "0")) {
                assertThat(second.waitFor(START)).isEqualTo(MailroomCommand.EXIT_DATA_DIR_IN_USE);
                assertThat(second.allStdout()).isEmpty();
                assertThat(second.stderr().strip().lines().toList()).hasSize(1)
                        .first().asString().contains("in use").contains(data.toString());
            }
            assertThat(Files.readString(data.resolve("admin.url"))).as("the first server's files are untouched")
                    .isEqualTo(url);
            first.terminate();
            assertThat(first.waitFor(Duration.ofSeconds(10))).isNotNull();
        }
    }

    @Test
    void recoverRefusesWhileAServerRunsAndRestoresALostFileOffline() throws Exception {
        Path data = tmp.resolve("data");
        try (ChildProcess server = ChildProcess.start("serve", "--data", data.toString(), "--admin-port", "0")) {
            assertThat(server.nextLine(START)).as(server.stderr()).startsWith("Mailroom server ready:");
            assertThat(run(null, "postoffice", "add", "Example", "--data", data.toString())).isZero();
            assertThat(run(null, "postoffice", "add", "Second", "--data", data.toString())).isZero();
            try (ChildProcess busy = ChildProcess.start("recover", "--data", data.toString())) {
                assertThat(busy.waitFor(COMMAND)).isEqualTo(MailroomCommand.EXIT_DATA_DIR_IN_USE);
                assertThat(busy.stderr()).contains("in use");
            }
            server.terminate();
            assertThat(server.waitFor(Duration.ofSeconds(10))).isNotNull();
        }
        Files.delete(data.resolve("Config").resolve("POSTOFFICE.TAB"));
        try (ChildProcess recover = ChildProcess.start("recover", "--data", data.toString())) {
            assertThat(recover.waitFor(COMMAND)).as(recover.stderr()).isZero();
            List<String> out = recover.allStdout();
            assertThat(out).anyMatch(l -> l.contains("POSTOFFICE.TAB"));
            assertThat(out.get(out.size() - 1)).startsWith("Recovery of " + data).endsWith("finding(s)");
        }
        assertThat(data.resolve("Config").resolve("POSTOFFICE.TAB")).exists();
        assertThat(Files.readString(data.resolve("Config").resolve("POSTOFFICE.TAB"))).contains("Example");
    }

    @Test
    void badFlagsPrintUsageAndExitWith2() throws Exception {
        for (String[] args : List.of(
                new String[] {"serve", "--admin-port", "nope"},
                new String[] {"serve", "--no-such-flag"},
                new String[] {"serve", "--admin-port", "70000", "--data", tmp.resolve("d").toString()},
                new String[] {"mailbox", "add", "OnlyOneArgument"},
                new String[] {"frobnicate"})) {
            try (ChildProcess p = ChildProcess.start(args)) {
                assertThat(p.waitFor(COMMAND)).as(String.join(" ", args)).isEqualTo(MailroomCommand.EXIT_USAGE);
                assertThat(p.stderr()).as(String.join(" ", args)).contains("Usage:");
                assertThat(p.allStdout()).isEmpty();
            }
        }
        assertThat(tmp.resolve("d")).as("a refused serve creates nothing").doesNotExist();
    }

    @Test
    void anAdminCommandWithoutARunningServerSaysSoAndExitsWith1() throws Exception {
        try (ChildProcess p = ChildProcess.start("postoffice", "list", "--data", tmp.toString())) {
            assertThat(p.waitFor(COMMAND)).isEqualTo(MailroomCommand.EXIT_FAILED);
            assertThat(p.stderr()).contains("No Mailroom server is running on " + tmp);
        }
    }

    private static int run(String stdin, String... args) throws Exception {
        try (ChildProcess p = ChildProcess.start(args)) {
            if (stdin != null) {
                p.stdin(stdin);
            }
            Integer code = p.waitFor(COMMAND);
            assertThat(code).as(String.join(" ", args) + ": " + p.stderr()).isNotNull();
            return code;
        }
    }

    private static void assertNoFileContains(Path dir, String... secrets) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            String content = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(content).as(f.toString()).doesNotContain(secrets);
        }
    }
}
