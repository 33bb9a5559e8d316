package dev.mailroom.core.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SenderDomainMaskTest {

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
            "*.com.au,    shop.com.au,   true",
            "*.com.au,    a.b.com.au,    true",
            "*.com.au,    SHOP.COM.AU,   true",
            "*.com.au,    com.au,        false",
            "*.com.au,    xcom.au,       false",
            "*.com.au,    shop.com.au.evil.test, false",
            "example.com, example.com,   true",
            "EXAMPLE.com, example.COM,   true",
            "example.com, mail.example.com, false",
            "example.com, notexample.com, false",
            "@spam.test,  spam.test,     true",
            "*.bücher.de, shop.xn--bcher-kva.de, true",
            "*,           anything.test, true",
    })
    void matches(String mask, String sender, boolean expected) {
        assertThat(SenderDomainMask.of(mask).matches(DomainName.of(sender))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*.", "**", "sp*m.com", "*.*.com", "exa mple.com", "a..b", "*.com/x"})
    void rejectsWithAReason(String raw) {
        assertThatThrownBy(() -> SenderDomainMask.of("blacklist", raw))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("blacklist");
    }

    @ParameterizedTest
    @CsvSource({"*.COM.au, *.com.au", " Example.Com , example.com"})
    void textIsNormalised(String raw, String text) {
        assertThat(SenderDomainMask.of(raw).text()).isEqualTo(text);
    }
}
