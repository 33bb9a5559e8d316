package dev.mailroom.server.smtp;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code Return-Path:} and {@code Received:} headers Mailroom puts on top of every message it
 * accepts (RFC 5321 section 4.4). The {@code with} keyword follows RFC 3848: ESMTP, ESMTPS (TLS),
 * ESMTPA (authenticated), ESMTPSA (both).
 */
final class TraceHeaders {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);

    private TraceHeaders() {
    }

    static byte[] of(String sender, String helo, String clientIp, String hostName, boolean tls, boolean authenticated,
                     String messageId, String singleRecipient, ZonedDateTime when) {
        String with = "ESMTP" + (tls ? "S" : "") + (authenticated ? "A" : "");
        StringBuilder h = new StringBuilder();
        h.append("Return-Path: <").append(clean(sender)).append(">\r\n");
        h.append("Received: from ").append(clean(helo.isEmpty() ? "unknown" : helo))
                .append(" ([").append(clientIp).append("])\r\n");
        h.append("\tby ").append(hostName).append(" (Mailroom) with ").append(with).append(" id ").append(messageId);
        if (singleRecipient != null) {
            h.append("\r\n\tfor <").append(clean(singleRecipient)).append(">");
        }
        h.append("; ").append(DATE.format(when)).append("\r\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A client-supplied value never gets to start a new header line. */
    private static String clean(String s) {
        return s.replaceAll("[\\r\\n\\t]", " ");
    }
}
