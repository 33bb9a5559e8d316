package dev.mailroom.server.mta;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The DSN parsed back by Jakarta Mail, as a mail client would read it. */
class DeliveryStatusNotificationTest {
    @Test
    void aFailureReportIsAMultipartReportWithOneBlockPerRecipient() throws Exception {
        String dsn = DeliveryStatusNotification.build(DeliveryStatusNotification.Kind.FAILED, "mx.example.test",
                "alice@example.test", "MR123",
                List.of(RecipientOutcome.of("bob@remote.test", 550, "550 5.1.1 <bob@remote.test>: no such user", "mx1.remote.test"),
                        new RecipientOutcome("carol@remote.test", RecipientOutcome.Status.RETRY, "connection timed out", "mx1.remote.test")),
                "From: alice@example.test\r\nSubject: hello\r\nMessage-ID: <m1@example.test>",
                ZonedDateTime.parse("2026-11-26T10:00:00Z"));
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(dsn.getBytes(StandardCharsets.UTF_8)));
        assertThat(m.getContentType()).startsWith("multipart/report").contains("report-type=delivery-status");
        assertThat(m.getHeader("To", null)).isEqualTo("<alice@example.test>");
        MimeMultipart parts = (MimeMultipart) m.getContent();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("message/delivery-status");
        String status = new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(status).contains("Reporting-MTA: dns; mx.example.test")
                .contains("Final-Recipient: rfc822; bob@remote.test").contains("Status: 5.1.1")
                .contains("Diagnostic-Code: smtp; 550 5.1.1 <bob@remote.test>: no such user")
                .contains("Final-Recipient: rfc822; carol@remote.test").contains("Status: 4.4.7")
                .contains("Action: failed");
        assertThat(parts.getBodyPart(2).getContentType()).startsWith("text/rfc822-headers");
        assertThat(dsn).doesNotContain("\n\n").contains("Subject: hello");
    }
}
