package dev.mailroom.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DebugAndW3cFormatTest {
    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 26, 23, 59, 59, 999_000_000);

    @Test
    void debugLineCarriesTimeIdAndTheRelayText() {
        DebugRecord r = new DebugRecord(T, "5F3A0001.MAI", "ME-I0111: Relay Denied: Failed to meet all relay criteria");
        String line = DebugFormat.encode(r);
        assertThat(line).isEqualTo("2026-11-26 23:59:59.999\t5F3A0001.MAI\tME-I0111: Relay Denied: Failed to meet all relay criteria");
        DebugRecord back = DebugFormat.parse(line);
        assertThat(back).isEqualTo(r);
        assertThat(back.code()).isEqualTo(DebugCode.ME_I0111);
        assertThat(back.code().outcome()).isEqualTo(DebugCode.Outcome.DENIED);
    }

    @Test
    void multiLineDebugTextStaysOneLine() {
        DebugRecord r = new DebugRecord(T, "", "first\nsecond\tthird");
        String line = DebugFormat.encode(r);
        assertThat(line).doesNotContain("\n");
        assertThat(DebugFormat.parse(line)).isEqualTo(r);
        assertThat(DebugFormat.parse("2026-11-26 23:59")).isNull();
        assertThat(DebugFormat.parse("not a log line at all")).isNull();
    }

    @Test
    void relayCodesAreRecognisedWithTheirOutcome() {
        assertThat(DebugCode.of("ME-I0108: Relay Granted: Sender has authenticated")).isEqualTo(DebugCode.ME_I0108);
        assertThat(DebugCode.of("ME-E0109: Relay Denied: Failed to meet all relay criteria").outcome())
                .isEqualTo(DebugCode.Outcome.DENIED);
        assertThat(DebugCode.of("ME-I0101: Local Delivery: Address (a@b.test) is local").outcome())
                .isEqualTo(DebugCode.Outcome.LOCAL);
        assertThat(DebugCode.of("Session started")).isNull();
    }

    @Test
    void w3cLineRoundTripsSpacesPlusesDashesAndEmptyValues() {
        ActivityRecord r = new ActivityRecord(T, ActivityRecord.SMTP_IN, "M1", "127.0.0.1:25", "192.0.2.7",
                "MAIL", "FROM:<a+tag@b.test> SIZE=100", "250 2.1.0 Sender OK 100%", 30, 40, "");
        String line = W3cFormat.encode(r);
        assertThat(line.split(" ")).hasSize(W3cFormat.FIELDS.size());
        assertThat(line).startsWith("2026-11-26 23:59:59.999 SMTP-IN M1 ").endsWith(" 30 40 -");
        assertThat(W3cFormat.parse(line)).isEqualTo(r);
        ActivityRecord dash = r.withDetail("-");
        assertThat(W3cFormat.parse(W3cFormat.encode(dash))).isEqualTo(dash);
    }

    @Test
    void w3cHeaderHasFieldsDirective() {
        assertThat(W3cFormat.header(T)).contains("#Fields: date time x-type x-message-id x-local-socket c-ip "
                + "cs-method cs-uri-query x-response sc-bytes cs-bytes cs-username");
        assertThat(W3cFormat.parse("#Fields: date time")).isEqualTo(new W3cDirective("Fields", "date time"));
        assertThat(W3cFormat.parse("2026-11-26 23:59:59.999 SMTP-IN M1")).isNull();
    }
}
