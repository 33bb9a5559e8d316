package dev.mailroom.core.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The checks every name that becomes part of a file path must pass. Post office and mailbox
 * names end up as folder names under {@code Postoffices/} and as keys in TAB files, so they
 * must not be able to escape the data directory, break a tab-delimited line, or clash with
 * another name on a case-insensitive file system (which is why equality is case-insensitive).
 */
final class NameRules {
    private static final java.util.regex.Pattern DEVICE =
            java.util.regex.Pattern.compile("(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?");
    private NameRules() {
    }

    static String checkFileSafe(String field, String label, String raw, int maxLength) {
        if (raw == null) {
            throw new InvalidValueException(field, label + " is required");
        }
        // NFC: a composed and a decomposed accent are one name on disk (macOS folds them).
        String value = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (value.isEmpty()) {
            throw new InvalidValueException(field, label + " is required");
        }
        if (value.length() > maxLength) {
            throw new InvalidValueException(field, label + " is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                throw new InvalidValueException(field, label + " must not contain tabs or line breaks");
            }
            if (Character.isISOControl(c)) {
                throw new InvalidValueException(field, label + " must not contain control characters");
            }
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                // Invisible marks (bidi overrides, zero-width joiners) make two names look alike.
                throw new InvalidValueException(field, label + " must not contain invisible or unassigned characters");
            }
            if (Character.isSurrogate(c) && !Character.isSurrogatePair(c, i + 1 < value.length() ? value.charAt(i + 1) : c)
                    && !(i > 0 && Character.isSurrogatePair(value.charAt(i - 1), c))) {
                // A lone surrogate cannot be encoded as a file name (InvalidPathException).
                throw new InvalidValueException(field, label + " is not well-formed Unicode");
            }
            if (c == '/' || c == '\\') {
                throw new InvalidValueException(field, label + " must not contain '/' or '\\'");
            }
            if ("<>:\"|?*[]".indexOf(c) >= 0) {
                throw new InvalidValueException(field, label + " must not contain any of < > : \" | ? * [ ]");
            }
        }
        if (value.contains("..")) {
            throw new InvalidValueException(field, label + " must not contain '..'");
        }
        if (value.startsWith(".") || value.endsWith(".")) {
            throw new InvalidValueException(field, label + " must not start or end with '.'");
        }
        String upper = value.toUpperCase(Locale.ROOT);
        // Windows device names: a data directory may be copied to or imported from Windows.
        if (DEVICE.matcher(upper).matches()) {
            throw new InvalidValueException(field, label + " '" + value + "' is a reserved device name");
        }
        return value;
    }

    /** The key two names clash on, on a case-insensitive file system. */
    static String foldKey(String value) {
        // Upper, lower, upper: catches letters whose case mapping is not symmetric (KELVIN SIGN,
        // long s, dotless i), which a case-insensitive file system treats as the same letter.
        return value.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT);
    }
}
