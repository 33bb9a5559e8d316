package dev.mailroom.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void authPayloadsAndPasswordsAreMasked() {
        assertThat(Redaction.commandLine("AUTH PLAIN AGJvYgBzM2NyZXQ=")).isEqualTo("AUTH PLAIN ****");
        assertThat(Redaction.commandLine("auth login Ym9i")).isEqualTo("auth login ****");
        assertThat(Redaction.commandLine("AUTH LOGIN")).isEqualTo("AUTH LOGIN");
        assertThat(Redaction.commandLine("PASS secret")).isEqualTo("PASS ****");
        assertThat(Redaction.commandLine("PASS two words")).isEqualTo("PASS ****");
        assertThat(Redaction.commandLine("APOP bob c4c9334bac560ecc979e58001b3e22fb")).isEqualTo("APOP bob ****");
        assertThat(Redaction.commandLine("USER bob")).isEqualTo("USER bob");
        assertThat(Redaction.commandLine("MAIL FROM:<pass@b.test>")).isEqualTo("MAIL FROM:<pass@b.test>");
    }

    @Test
    void detailIsMaskedByCommandIncludingAuthContinuationLines() {
        assertThat(Redaction.detail("AUTH", "PLAIN AGJvYgBzM2NyZXQ=")).isEqualTo("PLAIN ****");
        assertThat(Redaction.detail("AUTH", "LOGIN")).isEqualTo("LOGIN");
        assertThat(Redaction.detail("AUTH", "czNjcmV0")).isEqualTo("****"); // a continuation line
        assertThat(Redaction.detail("PASS", "s3cret")).isEqualTo("****");
        assertThat(Redaction.detail("", "AUTH PLAIN AGJvYgBzM2NyZXQ=")).isEqualTo("AUTH PLAIN ****");
        assertThat(Redaction.detail("RCPT", "TO:<a@b.test>")).isEqualTo("TO:<a@b.test>");
    }

    @Test
    void recordsAndFreeTextAreMasked() {
        ActivityRecord r = new ActivityRecord(LocalDateTime.of(2026, 1, 1, 0, 0), "POP-IN", "", "", "", "PASS",
                "hunter2", "+OK", 5, 14, "");
        assertThat(Redaction.apply(r).detail()).isEqualTo("****");
        assertThat(Redaction.text("client sent PASS hunter2 now")).isEqualTo("client sent PASS ****").doesNotContain("hunter2");
        assertThat(Redaction.text("ME-I0108: Relay Granted: Sender has authenticated"))
                .isEqualTo("ME-I0108: Relay Granted: Sender has authenticated");
        assertThat(Redaction.text("AUTH PLAIN AGJvYgBzM2NyZXQ= rejected")).doesNotContain("AGJvYg");
    }
}
