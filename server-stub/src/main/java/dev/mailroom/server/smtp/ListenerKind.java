package dev.mailroom.server.smtp;

/** The three kinds of SMTP port, each with its own rules. */
public enum ListenerKind {
    /** Port 25: mail from other servers and, per the relay settings, from clients. */
    SMTP("smtp", "smtp.smtp.port or --smtp-port"),
    /** Port 587 (RFC 6409): clients submit mail; AUTH is required before MAIL. */
    SUBMISSION("submission", "smtp.submission.port"),
    /** Port 465 (RFC 8314): TLS from the first byte. */
    SMTPS("smtps", "smtp.smtps.port");

    private final String label;
    private final String setting;

    ListenerKind(String label, String setting) {
        this.label = label;
        this.setting = setting;
    }

    public String label() {
        return label;
    }

    public String setting() {
        return setting;
    }

    public boolean requiresAuth() {
        return this == SUBMISSION;
    }

    public boolean implicitTls() {
        return this == SMTPS;
    }
}
