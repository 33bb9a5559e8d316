package dev.mailroom.core.smtp;

import java.util.List;

/**
 * The verdict the server would give, computed by the same policy function the SMTP server calls.
 *
 * @param verdict   LOCAL, RELAY or DENY
 * @param reply     the reply line the server would send to RCPT, e.g. {@code 550 5.7.1 ...}
 * @param deliverTo where an accepted message would go (the recipient, a redirection, the remote address)
 * @param mailboxes for LOCAL, the mailbox(es) as {@code POSTOFFICE/MAILBOX}
 * @param log       the debug-log lines, exactly as the server writes them
 */
public record RelayTestResult(String verdict, boolean accepted, String reply, String deliverTo, List<String> mailboxes,
                              List<String> log) {
    public RelayTestResult {
        mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
        log = log == null ? List.of() : List.copyOf(log);
    }
}
