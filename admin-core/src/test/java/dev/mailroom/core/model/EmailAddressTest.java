package dev.mailroom.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {
    @Test
    void parsesStripsAngleBracketsAndNormalisesTheDomain() {
        EmailAddress a = EmailAddress.of("<Alice@EXAMPLE.com>");
        assertThat(a.localPart()).isEqualTo("Alice");
        assertThat(a.domain().value()).isEqualTo("example.com");
        assertThat(a.toString()).isEqualTo("Alice@example.com");
        assertThat(a.key()).isEqualTo("alice@example.com");
        assertThat(a).isEqualTo(EmailAddress.of("alice@Example.Com"));
    }

    @Test
    void internationalisedDomainBecomesPunycode() {
        assertThat(EmailAddress.of("bob@b\u00fccher.de").toString()).isEqualTo("bob@xn--bcher-kva.de");
    }

    @Test
    void buildsFromMailboxAndDomain() {
        EmailAddress a = EmailAddress.of(MailboxName.of("Carol"), DomainName.of("example.org"));
        assertThat(a).isEqualTo(EmailAddress.of("carol@example.org"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "alice", "@example.com", "alice@", ".alice@example.com", "alice.@example.com",
            "a..b@example.com", "a b@example.com", "a\t@example.com", "a\n@example.com", "al(ice)@example.com",
            "alice@exa mple.com", "alice@../etc"})
    void refusesMalformedAddresses(String raw) {
        assertThatThrownBy(() -> EmailAddress.of("to", raw))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "to");
    }

    @Test
    void localPartLimitIs64AndWholePathLimitIs254() {
        assertThat(EmailAddress.of("l".repeat(64) + "@example.com").localPart()).hasSize(64);
        assertThatThrownBy(() -> EmailAddress.of("l".repeat(65) + "@example.com"))
                .isInstanceOf(InvalidValueException.class);
        String label = "d".repeat(63);
        String domain = label + "." + label + "." + label + ".com"; // 195 characters
        assertThatThrownBy(() -> EmailAddress.of("l".repeat(64) + "@" + domain))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("254");
    }
}
