package dev.mailroom.app.common;

import dev.mailroom.core.model.InvalidValueException;
import java.util.function.Function;

/**
 * Field rules for {@link ValidatedField}. The value types of admin-core already know what a valid
 * name or address is; {@link #parsedBy} reuses them so the dialog and the server say the same thing.
 */
public final class Rules {
    private Rules() {
    }

    /** Everything is accepted. */
    public static Function<String, String> any() {
        return s -> null;
    }

    /** Accepted when the parser accepts it; the reason is the parser's message. */
    public static Function<String, String> parsedBy(Function<String, ?> parser) {
        return s -> {
            try {
                parser.apply(s);
                return null;
            } catch (InvalidValueException e) {
                return e.getMessage();
            } catch (IllegalArgumentException e) {
                return e.getMessage() == null ? "Not a valid value" : e.getMessage();
            }
        };
    }

    /** Empty (after trimming) is accepted; anything else must pass {@code rule}. */
    public static Function<String, String> optional(Function<String, String> rule) {
        return s -> s == null || s.isBlank() ? null : rule.apply(s);
    }

    public static Function<String, String> required(String label) {
        return s -> s == null || s.isBlank() ? label + " is required" : null;
    }

    /** A whole number between min and max inclusive. */
    public static Function<String, String> wholeNumber(String label, long min, long max) {
        return s -> {
            String v = s == null ? "" : s.strip();
            if (v.isEmpty()) {
                return label + " is required";
            }
            try {
                long n = Long.parseLong(v);
                return n < min || n > max ? label + " must be between " + min + " and " + max : null;
            } catch (NumberFormatException e) {
                return label + " must be a whole number";
            }
        };
    }

    /** Both rules must accept; the first refusal is reported. */
    public static Function<String, String> all(Function<String, String> first, Function<String, String> second) {
        return s -> {
            String r = first.apply(s);
            return r != null ? r : second.apply(s);
        };
    }
}
