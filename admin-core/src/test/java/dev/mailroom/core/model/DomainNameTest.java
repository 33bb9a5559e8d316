package dev.mailroom.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainNameTest {
    @Test
    void lowerCasesAndDropsTheRootDot() {
        assertThat(DomainName.of("Mail.EXAMPLE.com.").value()).isEqualTo("mail.example.com");
    }

    @Test
    void convertsInternationalisedNamesToPunycodeAndBack() {
        DomainName d = DomainName.of("B\u00fccher.Example");
        assertThat(d.value()).isEqualTo("xn--bcher-kva.example");
        assertThat(d.display()).isEqualTo("b\u00fccher.example");
        assertThat(d).isEqualTo(DomainName.of("xn--bcher-kva.example"));
    }

    @Test
    void enforcesRfc1035Lengths() {
        String label63 = "a".repeat(63);
        assertThat(DomainName.of(label63 + ".com").value()).startsWith(label63);
        assertThatThrownBy(() -> DomainName.of("a".repeat(64) + ".com"))
                .isInstanceOf(InvalidValueException.class);
        String name253 = (label63 + ".").repeat(3) + "a".repeat(61);
        assertThat(name253).hasSize(253);
        assertThat(DomainName.of(name253).value()).hasSize(253);
        assertThatThrownBy(() -> DomainName.of(name253 + "a")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("253");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a..b", ".a", "-a.com", "a-.com", "a_b.com", "a b.com", "a\tb.com",
            "a\nb.com", "../etc", "a/b", "a\\b", "a@b.com", "a\u0000.com"})
    void refusesMalformedNamesNamingTheField(String raw) {
        assertThatThrownBy(() -> DomainName.of("domain", raw))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "domain");
    }

    @Test
    void nullIsRequired() {
        assertThatThrownBy(() -> DomainName.of(null)).hasMessageContaining("required");
    }
}
