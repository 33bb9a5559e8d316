package dev.mailroom.server.mta;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * A delivery status notification (RFC 3464): a {@code multipart/report} with a human part, the
 * machine-readable {@code message/delivery-status} part, and the original message's headers.
 * Sent with the null sender {@code <>} so that it can never bounce back (RFC 5321 §4.5.5).
 */
public final class DeliveryStatusNotification {
    private DeliveryStatusNotification() {
    }

    /** What kind of notice: the recipients failed, or are still being tried (a delay notice). */
    public enum Kind { FAILED, DELAYED }

    /**
     * Builds the notice as RFC 5322 text with CRLF line ends.
     *
     * @param originalHeaders the original message's header section (without its body)
     */
    public static String build(Kind kind, String reportingHost, String originalSender, String originalMessageId,
                               List<RecipientOutcome> recipients, String originalHeaders, ZonedDateTime now) {
        String boundary = "=_mailroom_" + UUID.randomUUID();
        String date = now.format(DateTimeFormatter.RFC_1123_DATE_TIME);
        StringBuilder m = new StringBuilder();
        m.append("From: Mail Delivery System <MAILER-DAEMON@").append(reportingHost).append(">\r\n");
        m.append("To: <").append(originalSender).append(">\r\n");
        m.append("Subject: ").append(kind == Kind.FAILED ? "Undelivered Mail Returned to Sender" : "Delayed Mail (still being retried)").append("\r\n");
        m.append("Date: ").append(date).append("\r\n");
        m.append("Message-ID: <").append(UUID.randomUUID()).append("@").append(reportingHost).append(">\r\n");
        m.append("Auto-Submitted: auto-replied\r\n");
        m.append("MIME-Version: 1.0\r\n");
        m.append("Content-Type: multipart/report; report-type=delivery-status; boundary=\"").append(boundary).append("\"\r\n");
        m.append("\r\nThis is a MIME-encapsulated message.\r\n\r\n");
        m.append("--").append(boundary).append("\r\n");
        m.append("Content-Type: text/plain; charset=utf-8\r\n\r\n");
        if (kind == Kind.FAILED) {
            m.append("This is the mail system at host ").append(reportingHost).append(".\r\n\r\n");
            m.append("Your message could not be delivered to one or more recipients.\r\n");
            m.append("It is attached below, without its body.\r\n\r\n");
        } else {
            m.append("This is the mail system at host ").append(reportingHost).append(".\r\n\r\n");
            m.append("Your message has not been delivered yet to the recipients below.\r\n");
            m.append("It is still being retried; you do not need to send it again.\r\n\r\n");
        }
        for (RecipientOutcome r : recipients) {
            m.append("<").append(r.recipient()).append(">: ").append(oneLine(r.reply())).append("\r\n");
        }
        m.append("\r\n--").append(boundary).append("\r\n");
        m.append("Content-Type: message/delivery-status\r\n\r\n");
        m.append("Reporting-MTA: dns; ").append(reportingHost).append("\r\n");
        if (originalMessageId != null && !originalMessageId.isBlank()) {
            m.append("X-Mailroom-Queue-ID: ").append(originalMessageId).append("\r\n");
        }
        m.append("Arrival-Date: ").append(date).append("\r\n");
        for (RecipientOutcome r : recipients) {
            m.append("\r\n");
            m.append("Final-Recipient: rfc822; ").append(r.recipient()).append("\r\n");
            m.append("Action: ").append(kind == Kind.FAILED ? "failed" : "delayed").append("\r\n");
            m.append("Status: ").append(kind == Kind.FAILED && r.status() == RecipientOutcome.Status.RETRY
                    ? "4.4.7" : r.enhancedStatus()).append("\r\n");
            if (r.remoteHost() != null && !r.remoteHost().isBlank()) {
                m.append("Remote-MTA: dns; ").append(r.remoteHost()).append("\r\n");
            }
            String reply = oneLine(r.reply());
            if (reply.matches("^[2-5]\\d\\d[ -].*")) {
                m.append("Diagnostic-Code: smtp; ").append(reply).append("\r\n");
            } else {
                m.append("Diagnostic-Code: X-Mailroom; ").append(reply).append("\r\n");
            }
        }
        m.append("\r\n--").append(boundary).append("\r\n");
        m.append("Content-Type: text/rfc822-headers\r\n\r\n");
        m.append(normalise(originalHeaders));
        if (!originalHeaders.endsWith("\n")) {
            m.append("\r\n");
        }
        m.append("\r\n--").append(boundary).append("--\r\n");
        return m.toString();
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace('\r', ' ').replace('\n', ' ').strip();
        return t.length() > 900 ? t.substring(0, 900) : t;
    }

    private static String normalise(String headers) {
        return headers.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    /** The header section of a stored message (up to the first empty line), at most 64 KiB. */
    public static String headersOf(byte[] message) {
        String s = new String(message, 0, Math.min(message.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        int end = s.indexOf("\r\n\r\n");
        if (end < 0) {
            end = s.indexOf("\n\n");
        }
        return end < 0 ? s : s.substring(0, end);
    }
}
