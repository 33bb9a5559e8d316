package dev.mailroom.core.model;

import java.util.regex.Pattern;

/**
 * The name of a mailbox within its post office. It is also the local part of the mailbox's
 * addresses, so it is limited to what an unquoted RFC 5321 local part allows.
 */
public final class MailboxName implements Comparable<MailboxName> {
    public static final int MAX_LENGTH = 64;
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+=?^_`{|}~.-]+");
    private final String value;
    private final String key;

    private MailboxName(String value) {
        this.value = value;
        this.key = NameRules.foldKey(value);
    }

    public static MailboxName of(String raw) {
        String v = NameRules.checkFileSafe("name", "Mailbox name", raw, MAX_LENGTH);
        if (!LOCAL_PART.matcher(v).matches()) {
            throw new InvalidValueException("name",
                    "Mailbox name may hold only letters, digits and . _ - + ! # $ % & ' * = ? ^ ` { | } ~");
        }
        return new MailboxName(v);
    }

    public String value() {
        return value;
    }

    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MailboxName other && other.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public int compareTo(MailboxName o) {
        return key.compareTo(o.key);
    }

    @Override
    public String toString() {
        return value;
    }
}
