package dev.mailroom.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ActivityFormatTest {
    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 26, 6, 40, 21, 123_000_000);

    @Test
    void writesArticle32ColumnsInOrderTabSeparated() {
        ActivityRecord r = new ActivityRecord(T, ActivityRecord.SMTP_IN, "5F3A0001.MAI", "127.0.0.1:25",
                "192.0.2.7", "RCPT", "TO:<bob@example.com>", "250 2.1.5 OK", 14, 26, "");
        String line = ActivityFormat.encode(r);
        assertThat(line).isEqualTo("2026-11-26 06:40:21.123\tSMTP-IN\t5F3A0001.MAI\t127.0.0.1:25\t192.0.2.7"
                + "\tRCPT\tTO:<bob@example.com>\t250 2.1.5 OK\t14\t26");
        assertThat(ActivityFormat.parse(line)).isEqualTo(r);
    }

    @Test
    void appendsTheAuthenticatedAccountAsLastItem() {
        ActivityRecord r = new ActivityRecord(T, ActivityRecord.SMTP_IN, "M1", "10.0.0.1:587", "10.0.0.9",
                "MAIL", "FROM:<a@b.test>", "250 OK", 8, 22, "alice@Company");
        String line = ActivityFormat.encode(r);
        assertThat(line.split("\t", -1)).hasSize(11).endsWith("alice@Company");
        assertThat(ActivityFormat.parse(line)).isEqualTo(r);
    }

    @Test
    void tabsAndLineBreaksInsideValuesStayInsideOneLineAndOneColumn() {
        ActivityRecord r = new ActivityRecord(T, ActivityRecord.POP_IN, "", "127.0.0.1:110", "127.0.0.2",
                "XYZ", "a\tb\r\nc\\d\u0001", "-ERR unknown\tcommand", 0, 12, "");
        String line = ActivityFormat.encode(r);
        assertThat(line).doesNotContain("\n").doesNotContain("\r");
        assertThat(line.split("\t", -1)).hasSize(10);
        assertThat(ActivityFormat.parse(line)).isEqualTo(r);
    }

    @Test
    void aTruncatedOrGarbageLineIsNoRecord() {
        String whole = "2026-11-26 06:40:21.123\tSMTP-IN\tM1\t127.0.0.1:25\t192.0.2.7\tQUIT\t\t221 Bye\t9\t6";
        assertThat(ActivityFormat.parse(whole)).isNotNull();
        assertThat(ActivityFormat.parse(whole.substring(0, 40))).isNull();
        assertThat(ActivityFormat.parse(whole.substring(0, whole.length() - 3))).isNull();
        assertThat(ActivityFormat.parse("")).isNull();
        assertThat(ActivityFormat.parse("\u0000\u0000\u0000garbage\tx")).isNull();
        assertThat(ActivityFormat.parse(whole.replace("\t9\t", "\tnine\t"))).isNull();
        assertThat(ActivityFormat.parse(whole.replace("2026-11-26", "2026-13-26"))).isNull();
        assertThat(ActivityFormat.parse(whole.replace("SMTP-IN", "smtp in"))).isNull();
    }

    @Test
    void responseClassReadsSmtpAndPop3Replies() {
        assertThat(ResponseClass.of("250 2.0.0 OK")).isEqualTo(2);
        assertThat(ResponseClass.of("550 5.7.1 This mail server requires authentication.")).isEqualTo(5);
        assertThat(ResponseClass.of("421-busy")).isEqualTo(4);
        assertThat(ResponseClass.of("354")).isEqualTo(3);
        assertThat(ResponseClass.of("+OK 2 messages")).isEqualTo(2);
        assertThat(ResponseClass.of("-ERR [IN-USE] locked")).isEqualTo(5);
        assertThat(ResponseClass.of("")).isZero();
        assertThat(ResponseClass.of("2500")).isZero();
    }
}
