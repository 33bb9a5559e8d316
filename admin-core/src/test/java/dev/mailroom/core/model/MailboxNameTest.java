package dev.mailroom.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MailboxNameTest {
    @Test
    void acceptsAnUnquotedLocalPartAndComparesCaseInsensitively() {
        MailboxName a = MailboxName.of("Alice.Smith+tag");
        assertThat(a.value()).isEqualTo("Alice.Smith+tag");
        assertThat(a).isEqualTo(MailboxName.of("alice.smith+TAG"));
        assertThat(a.key()).isEqualTo("ALICE.SMITH+TAG");
    }

    @Test
    void refusesCharactersALocalPartCannotHoldUnquoted() {
        for (String bad : new String[] {"a b", "a@b", "a,b", "a;b", "\u00e9l\u00e8ve", "a(b)"}) {
            assertThatThrownBy(() -> MailboxName.of(bad)).as(bad)
                    .isInstanceOf(InvalidValueException.class)
                    .hasFieldOrPropertyWithValue("field", "name");
        }
    }

    @Test
    void sixtyFourCharactersIsTheRfc5321Limit() {
        assertThat(MailboxName.of("m".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> MailboxName.of("m".repeat(65))).isInstanceOf(InvalidValueException.class);
    }
}
