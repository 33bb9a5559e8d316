package dev.mailroom.core.model;

/** MailEnable's mailbox rights: an ordinary user, a post office administrator, a system administrator. */
public enum MailboxType {
    USER, ADMIN, SYSADMIN;

    public static MailboxType parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return USER;
        }
        try {
            return valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "Mailbox type must be USER, ADMIN or SYSADMIN");
        }
    }
}
