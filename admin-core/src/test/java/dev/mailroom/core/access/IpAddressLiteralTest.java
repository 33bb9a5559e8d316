package dev.mailroom.core.access;

import static dev.mailroom.core.access.IpPatternTest.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.model.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressLiteralTest {

    @ParameterizedTest
    @CsvSource({
            "::1, ::1",
            "::, ::",
            "2001:0db8:0000:0000:0000:0000:0000:0005, 2001:db8::5",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
            "fe80:0:0:0:0:0:0:0, fe80::",
            "1:0:0:2:0:0:0:3, 1:0:0:2::3",
            "192.0.2.1, 192.0.2.1",
    })
    void formatsCompressed(String in, String expected) {
        assertThat(IpAddressLiteral.format(ip(in))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example.com", "1.2.3", "::g", "", "   ", "[::1]", "1.2.3.4/8"})
    void parseNeverResolvesNames(String raw) {
        assertThatThrownBy(() -> IpAddressLiteral.parse("clientIp", raw))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("clientIp");
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.2, 127.0.0.2", " ::1 , ::1", "2001:DB8::1, 2001:db8::1"})
    void parsesLiterals(String raw, String expected) {
        assertThat(IpAddressLiteral.format(IpAddressLiteral.parse("clientIp", raw))).isEqualTo(expected);
    }
}
