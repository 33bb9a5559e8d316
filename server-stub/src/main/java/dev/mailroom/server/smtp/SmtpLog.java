package dev.mailroom.server.smtp;

/**
 * Where the SMTP service writes its activity and debug lines. One implementation writes the
 * three log files through the logging service; the activity line's columns are article 32's
 * A-J plus the account.
 */
public interface SmtpLog {
    /**
     * One command and the reply it got.
     *
     * @param command the verb ({@code MAIL}); {@code CONNECT} for the greeting or refusal
     * @param detail  the argument, already stripped of anything secret (AUTH payloads)
     */
    void activity(SmtpConnection connection, String messageId, String command, String detail, SmtpConnection.Exchange exchange);

    /** A debug line (relay decisions, access control, delivery) tagged with the message id. */
    void debug(String messageId, String line);

    SmtpLog NONE = new SmtpLog() {
        @Override
        public void activity(SmtpConnection connection, String messageId, String command, String detail, SmtpConnection.Exchange exchange) {
        }

        @Override
        public void debug(String messageId, String line) {
        }
    };
}
