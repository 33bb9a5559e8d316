package dev.mailroom.core.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An address {@code local@domain} as used in envelopes and the address map. The local part is
 * kept as typed; comparison is case-insensitive, as every mail server in practice treats it.
 */
public final class EmailAddress implements Comparable<EmailAddress> {
    /** RFC 5321 4.5.3.1.3: a path is at most 256 octets including the angle brackets. */
    public static final int MAX_LENGTH = 254;
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");
    private final String localPart;
    private final DomainName domain;

    private EmailAddress(String localPart, DomainName domain) {
        this.localPart = localPart;
        this.domain = domain;
    }

    public static EmailAddress of(String raw) {
        return of("address", raw);
    }

    public static EmailAddress of(String field, String raw) {
        if (raw == null || raw.strip().isEmpty()) {
            throw new InvalidValueException(field, "Email address is required");
        }
        String v = raw.strip();
        if (v.startsWith("<") && v.endsWith(">")) {
            v = v.substring(1, v.length() - 1);
        }
        int at = v.lastIndexOf('@');
        if (at <= 0 || at == v.length() - 1) {
            throw new InvalidValueException(field, "Email address must look like name@domain");
        }
        DomainName domain = DomainName.of(field, v.substring(at + 1));
        return of(field, v.substring(0, at), domain);
    }

    /** An address from a local part still to be checked and a domain already checked. */
    public static EmailAddress of(String field, String local, DomainName domain) {
        if (local == null || !LOCAL_PART.matcher(local).matches() || local.startsWith(".") || local.endsWith(".")
                || local.contains("..")) {
            throw new InvalidValueException(field, "The part before '@' in '" + local + "@" + domain
                    + "' is not a valid mailbox name");
        }
        if (local.length() + 1 + domain.value().length() > MAX_LENGTH) {
            throw new InvalidValueException(field, "Email address is longer than " + MAX_LENGTH + " characters");
        }
        return new EmailAddress(local, domain);
    }

    public static EmailAddress of(MailboxName mailbox, DomainName domain) {
        return of("address", mailbox.value(), domain);
    }

    public String localPart() {
        return localPart;
    }

    public DomainName domain() {
        return domain;
    }

    /** Lower-cased form used as a key. */
    public String key() {
        return localPart.toLowerCase(Locale.ROOT) + "@" + domain.value();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmailAddress other && other.key().equals(key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public int compareTo(EmailAddress o) {
        return key().compareTo(o.key());
    }

    @Override
    public String toString() {
        return localPart + "@" + domain.value();
    }
}
