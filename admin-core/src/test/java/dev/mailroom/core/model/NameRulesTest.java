package dev.mailroom.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The file-safety rules shared by post office and mailbox names: each bad input, each type. */
class NameRulesTest {
    static Stream<Arguments> unsafeNames() {
        return Stream.of(
                Arguments.of("..", "'..'"),
                Arguments.of("a..b", "'..'"),
                Arguments.of("../etc", "'/'"),
                Arguments.of("a/b", "'/'"),
                Arguments.of("a\\b", "'\\'"),
                Arguments.of("a\tb", "tabs"),
                Arguments.of("a\nb", "line breaks"),
                Arguments.of("a\rb", "line breaks"),
                Arguments.of("a\u0000b", "control"),
                Arguments.of("a\u0085b", "control"),
                Arguments.of("a\u2028b", "line breaks"),
                Arguments.of("a\u200Eb", "invisible"),
                Arguments.of("", "required"),
                Arguments.of("   ", "required"),
                Arguments.of(null, "required"),
                Arguments.of("x".repeat(65), "longer than 64"),
                Arguments.of(".hidden", "start or end"),
                Arguments.of("trailing.", "start or end"),
                Arguments.of("con", "reserved"),
                Arguments.of("LPT1.txt", "reserved"),
                Arguments.of("a:b", "any of"),
                Arguments.of("a*b", "any of"));
    }

    @ParameterizedTest
    @MethodSource("unsafeNames")
    void postOfficeNameRefusesUnsafeInputNamingTheField(String raw, String reason) {
        assertRefused(PostOfficeName::of, raw, reason);
    }

    @ParameterizedTest
    @MethodSource("unsafeNames")
    void mailboxNameRefusesUnsafeInput(String raw, String reason) {
        assertThatThrownBy(() -> MailboxName.of(raw))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("name"));
    }

    private static void assertRefused(Function<String, ?> factory, String raw, String reason) {
        assertThatThrownBy(() -> factory.apply(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("name"));
    }
}
