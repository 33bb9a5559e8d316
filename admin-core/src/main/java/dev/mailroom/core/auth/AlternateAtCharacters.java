package dev.mailroom.core.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mailroom.core.model.InvalidValueException;

/**
 * Characters a login name may use in place of {@code @}, for mail clients that cannot type or
 * send an {@code @} in a user name (e.g. {@code alice#example} for {@code alice@example}).
 * Letters, digits, white space and the characters ordinary mailbox names use ({@code . _ -})
 * are refused: they would make ordinary names ambiguous. Serialised to JSON as a string.
 */
public final class AlternateAtCharacters {
    public static final AlternateAtCharacters NONE = new AlternateAtCharacters("");
    private static final int MAX = 8;
    private final String chars;

    private AlternateAtCharacters(String chars) {
        this.chars = chars;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AlternateAtCharacters of(String raw) {
        return of("alternateAtCharacters", raw);
    }

    public static AlternateAtCharacters of(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return NONE;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '@') {
                throw new InvalidValueException(field, "'@' is always accepted; list only the characters used instead of it");
            }
            if (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || Character.isISOControl(c) || c > 126) {
                throw new InvalidValueException(field, "Only punctuation such as # or % can stand in for '@'");
            }
            if (c == '.' || c == '_' || c == '-') {
                throw new InvalidValueException(field, "'" + c + "' appears in ordinary mailbox names and cannot stand in for '@'");
            }
            if (out.indexOf(String.valueOf(c)) < 0) {
                out.append(c);
            }
        }
        if (out.length() > MAX) {
            throw new InvalidValueException(field, "At most " + MAX + " characters can stand in for '@'");
        }
        return new AlternateAtCharacters(out.toString());
    }

    /** Position of the last alternate character in the login name, or -1. */
    int lastIndexIn(String login) {
        int best = -1;
        for (int i = 0; i < chars.length(); i++) {
            best = Math.max(best, login.lastIndexOf(chars.charAt(i)));
        }
        return best;
    }

    @JsonValue
    public String chars() {
        return chars;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlternateAtCharacters other && other.chars.equals(chars);
    }

    @Override
    public int hashCode() {
        return chars.hashCode();
    }

    @Override
    public String toString() {
        return chars;
    }
}
