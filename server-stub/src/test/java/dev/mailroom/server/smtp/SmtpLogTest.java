package dev.mailroom.server.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.logs.ActivityFormat;
import dev.mailroom.core.logs.ActivityRecord;
import dev.mailroom.core.smtp.SmtpSections;
import dev.mailroom.core.smtp.SmtpSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article 32's logs as the SMTP service writes them. */
class SmtpLogTest {
    @TempDir
    Path dir;
    SmtpFixture f;

    @BeforeEach
    void start() throws Exception {
        f = SmtpFixture.start(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private String deliverOne(String source) throws Exception {
        try (RawSmtpClient c = new RawSmtpClient(source, f.port())) {
            c.reply();
            c.send("EHLO client.test\r\n");
            c.replyLines();
            c.command("MAIL FROM:<x@remote.test>");
            c.command("RCPT TO:<alice@acme.test>");
            c.command("DATA");
            String done = c.command("Subject: log\r\n\r\nhello\r\n.");
            c.command("QUIT");
            return done.substring(done.lastIndexOf(' ') + 1);
        }
    }

    @Test
    void activityLogHasColumnsAToJPlusAccountForEveryCommand() throws Exception {
        String id = deliverOne("127.0.0.2");
        // QUIT's line is written once its reply is out, which the client may see first.
        SmtpFixture.awaitTrue(() -> {
            try {
                return f.log("Activity").contains("\tQUIT\t");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "the QUIT line");
        String raw = f.log("Activity");
        List<String> lines = raw.lines().toList();
        // Columns A-J; the account column is appended only once a client has authenticated.
        assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(10));
        List<ActivityRecord> records = lines.stream().map(ActivityFormat::parse).toList();
        assertThat(records).extracting(ActivityRecord::command)
                .containsExactly("CONNECT", "EHLO", "MAIL", "RCPT", "DATA", "QUIT");
        ActivityRecord mail = records.get(2);
        assertThat(mail.type()).isEqualTo("SMTP-IN");
        assertThat(mail.messageId()).isEqualTo(id);
        assertThat(mail.localSocket()).isEqualTo("127.0.0.1:" + f.port());
        assertThat(mail.remoteIp()).isEqualTo("127.0.0.2");
        assertThat(mail.detail()).isEqualTo("FROM:<x@remote.test>");
        assertThat(mail.response()).isEqualTo("250 Ok");
        assertThat(mail.bytesSent()).isEqualTo("250 Ok\r\n".length());
        assertThat(mail.bytesReceived()).isEqualTo("MAIL FROM:<x@remote.test>\r\n".length());
        ActivityRecord data = records.get(4);
        assertThat(data.messageId()).isEqualTo(id);
        assertThat(data.response()).isEqualTo("250 2.0.0 Ok: queued as " + id);
        assertThat(data.bytesReceived()).isGreaterThan("Subject: log\r\n\r\nhello\r\n.\r\n".length());
        assertThat(records.get(5).messageId()).isEmpty();
        assertThat(records).allSatisfy(r -> assertThat(r.account()).isEmpty());
        assertThat(f.log("W3C")).contains("#Fields:").contains(id);
    }

    @Test
    void theAuthenticatedMailboxIsTheLastColumnAndEachLogCanBeSwitchedOff() throws Exception {
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.1", f.port())) {
            c.reply();
            c.command("EHLO a.test");
            c.command("AUTH PLAIN " + SmtpAuthTest.plain("alice@Acme", SmtpFixture.PASSWORD));
            c.command("NOOP");
        }
        List<ActivityRecord> records = f.log("Activity").lines().map(ActivityFormat::parse).toList();
        assertThat(records.get(records.size() - 1).account()).isEqualTo("alice@Acme");
        assertThat(f.log("Activity").lines().reduce((a, b) -> b).orElseThrow().split("\t", -1)).hasSize(11);
        assertThat(f.log("Activity")).doesNotContain(SmtpAuthTest.plain("alice@Acme", SmtpFixture.PASSWORD));

        f.settings(SmtpSections.SMTP, s -> s.withLogging(new SmtpSettings.LogSwitches(false, false, true)));
        String activityBefore = f.log("Activity");
        String debugBefore = f.log("Debug");
        String id = deliverOne("127.0.0.2");
        assertThat(f.log("Activity")).isEqualTo(activityBefore);
        assertThat(f.log("Debug")).isEqualTo(debugBefore);
        assertThat(f.log("W3C")).contains(id);
    }
}
