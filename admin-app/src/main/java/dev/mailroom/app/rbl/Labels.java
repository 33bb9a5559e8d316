package dev.mailroom.app.rbl;

import dev.mailroom.core.dns.rbl.RblAction;
import dev.mailroom.core.dns.rbl.RblMode;
import java.util.function.Function;
import javafx.util.StringConverter;

/** How the blacklist settings' enums read in the console. */
final class Labels {
    private Labels() {
    }

    static String mode(RblMode m) {
        return m == null ? "" : m.registryValue() + " - " + m.label();
    }

    static String action(RblAction a) {
        return switch (a) {
            case REJECT -> "Refuse (as the mode says)";
            case MARK -> "Accept and mark as spam";
            case LOG -> "Only log";
        };
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
