package dev.mailroom.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostOfficeNameTest {
    @Test
    void keepsTheTypedFormAndStripsSurroundingSpace() {
        PostOfficeName po = PostOfficeName.of("  Example.com ");
        assertThat(po.value()).isEqualTo("Example.com");
        assertThat(po.key()).isEqualTo("EXAMPLE.COM");
    }

    @Test
    void namesThatDifferOnlyInCaseAreEqual() {
        assertThat(PostOfficeName.of("Example")).isEqualTo(PostOfficeName.of("EXAMPLE"))
                .hasSameHashCodeAs(PostOfficeName.of("example"));
        assertThat(PostOfficeName.of("Example").compareTo(PostOfficeName.of("eXample"))).isZero();
    }

    @Test
    void unicodeCaseVariantsClashLikeOnACaseInsensitiveFileSystem() {
        // KELVIN SIGN lower-cases to 'k'; a case-insensitive file system treats the two as one.
        assertThat(PostOfficeName.of("\u212Aelvin")).isEqualTo(PostOfficeName.of("kelvin"));
        // Composed and decomposed e-acute are the same name once normalised.
        assertThat(PostOfficeName.of("Caf\u00e9")).isEqualTo(PostOfficeName.of("Cafe\u0301"));
        assertThat(PostOfficeName.of("Cafe\u0301").value()).isEqualTo("Caf\u00e9");
    }

    @Test
    void refusesAtSignAndAnyWhitespace() {
        assertThatThrownBy(() -> PostOfficeName.of("a@b")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PostOfficeName.of("a b")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PostOfficeName.of("a\u00a0b")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void acceptsExactlyTheMaximumLength() {
        assertThat(PostOfficeName.of("p".repeat(PostOfficeName.MAX_LENGTH)).value()).hasSize(64);
    }
}
