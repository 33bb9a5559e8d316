package dev.mailroom.core.model;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A DNS domain name as mail uses it: lower-cased, internationalised names converted to punycode,
 * at most 253 characters and 63 per label (RFC 1035), letters, digits and inner hyphens only.
 */
public final class DomainName implements Comparable<DomainName> {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private final String value;

    private DomainName(String value) {
        this.value = value;
    }

    public static DomainName of(String raw) {
        return of("name", raw);
    }

    public static DomainName of(String field, String raw) {
        if (raw == null || raw.strip().isEmpty()) {
            throw new InvalidValueException(field, "Domain name is required");
        }
        String v = raw.strip();
        if (v.endsWith(".")) {
            v = v.substring(0, v.length() - 1);
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                throw new InvalidValueException(field, "Domain name must not contain spaces or control characters");
            }
            if (c == '/' || c == '\\' || c == '@') {
                throw new InvalidValueException(field, "Domain name must not contain '/', '\\' or '@'");
            }
        }
        String ascii;
        try {
            ascii = IDN.toASCII(v, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "Domain name '" + v + "' is not a valid internationalised name");
        }
        if (ascii.length() > 253) {
            throw new InvalidValueException(field, "Domain name is longer than 253 characters");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 1) {
            throw new InvalidValueException(field, "Domain name is required");
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                throw new InvalidValueException(field, "Domain name has an empty label (two dots in a row?)");
            }
            if (label.length() > 63) {
                throw new InvalidValueException(field, "Domain name label '" + label + "' is longer than 63 characters");
            }
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidValueException(field,
                        "Domain name label '" + label + "' may hold only letters, digits and inner hyphens");
            }
        }
        return new DomainName(ascii);
    }

    /** The punycode, lower-case form; what is stored and compared. */
    public String value() {
        return value;
    }

    /** The form to show a person (Unicode for an internationalised name). */
    public String display() {
        return IDN.toUnicode(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DomainName other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(DomainName o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
