package dev.mailroom.core.logs;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of an activity log: columns A-J of article 32 plus the authenticated account that
 * MailEnable appends as the last item ("it will be the mailbox name").
 *
 * <p>A = {@code time}, B = {@code type} ({@link #SMTP_IN}, {@link #SMTP_OU}, {@link #POP_IN}),
 * C = {@code messageId} (the message file name, used to trace a message across logs),
 * D = {@code localSocket} (e.g. {@code 127.0.0.1:25}), E = {@code remoteIp}, F = {@code command},
 * G = {@code detail} (the command's argument), H = {@code response} (the reply line),
 * I = {@code bytesSent}, J = {@code bytesReceived}, then {@code account} (empty when the session
 * has not authenticated). Null text becomes empty; no value may hold a raw tab or line break
 * once encoded ({@link ActivityFormat} escapes them).
 */
public record ActivityRecord(LocalDateTime time, String type, String messageId, String localSocket,
                             String remoteIp, String command, String detail, String response,
                             long bytesSent, long bytesReceived, String account) implements LogRecord {
    public static final String SMTP_IN = "SMTP-IN";
    public static final String SMTP_OU = "SMTP-OU";
    public static final String POP_IN = "POP-IN";
    public static final String IMAP_IN = "IMAP-IN";
    public static final String MTA = "MTA";

    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9-]{0,15}");

    public ActivityRecord {
        Objects.requireNonNull(time, "time");
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("transaction type must be a word like SMTP-IN: " + type);
        }
        if (bytesSent < 0 || bytesReceived < 0) {
            throw new IllegalArgumentException("byte counts cannot be negative");
        }
        messageId = nz(messageId);
        localSocket = nz(localSocket);
        remoteIp = nz(remoteIp);
        command = nz(command);
        detail = nz(detail);
        response = nz(response);
        account = nz(account);
    }

    /** The same line with another command detail (used by redaction). */
    public ActivityRecord withDetail(String newDetail) {
        return new ActivityRecord(time, type, messageId, localSocket, remoteIp, command, newDetail,
                response, bytesSent, bytesReceived, account);
    }

    /**
     * The class of the response code: 2, 3, 4 or 5 for an SMTP reply ({@code 250 OK} is 2),
     * 2 for a POP3 {@code +OK}, 5 for {@code -ERR}, 0 when the response carries no code.
     */
    public int responseClass() {
        return ResponseClass.of(response);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
