package dev.mailroom.core.antivirus;

/**
 * What happened to the EICAR test message.
 *
 * @param outcome   what the filter did, {@link Outcome}
 * @param smtpReply the server's last reply to the test client, e.g. {@code 554 5.7.1 Message rejected: virus … found}
 * @param messageId the id the server gave the message when it accepted it, empty when it refused it
 * @param virusName the name the scanner gave, empty when nothing was found
 * @param summary   one sentence for the administrator
 */
public record TestVirusResult(String recipient, Outcome outcome, String smtpReply, String messageId, String virusName,
                             String summary) {

    public enum Outcome {
        /** Refused in the SMTP transaction, the default action. */
        REJECTED,
        /** Accepted and kept under Queues/Quarantine. */
        QUARANTINED,
        /** Accepted and thrown away. */
        DELETED,
        /** The scanners could not scan it (451 4.7.0, or accepted and marked). */
        NOT_SCANNED,
        /** Delivered: the filter is off or no scanner recognised the test string. */
        DELIVERED,
        /** The server refused the test for another reason (relay, recipient), see the reply. */
        REFUSED
    }
}
