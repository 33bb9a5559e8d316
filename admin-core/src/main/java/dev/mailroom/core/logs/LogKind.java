package dev.mailroom.core.logs;

/**
 * The three logs a service writes (article 32): the activity transcript, the debug log that
 * explains decisions, and the W3C extended copy of the activity log. The label is the middle
 * part of the file name ({@code SMTP-Activity-YYMMDD.log}).
 */
public enum LogKind {
    ACTIVITY("Activity"),
    DEBUG("Debug"),
    W3C("W3C");

    private final String label;

    LogKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind whose label is {@code label}, ignoring case, or null. */
    public static LogKind fromLabel(String label) {
        for (LogKind kind : values()) {
            if (kind.label.equalsIgnoreCase(label)) {
                return kind;
            }
        }
        return null;
    }
}
