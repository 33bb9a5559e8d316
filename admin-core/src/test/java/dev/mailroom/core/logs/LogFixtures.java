package dev.mailroom.core.logs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;

/** Log files written by the real {@link ServiceLog}, with damaged lines added by hand. */
final class LogFixtures {
    static final String[] GARBAGE = {
        "\u0000\u0000\u0000\u0000",                      // pre-allocated zeros after a crash
        "2026-11-26 10:00:0",                             // a line cut short mid-timestamp
        "this is not a log line",
        "2026-11-26 10:00:05.000\tSMTP-IN\tM-CUT\t127.0.0.1:25\t192.0.2.99\tDATA", // cut mid-record
    };

    private LogFixtures() {
    }

    /** A captured SMTP session as the SMTP connector logs it, one record per command. */
    static ActivityRecord[] session(LocalDateTime t, String id, String ip, String account, boolean relayDenied) {
        String sock = "127.0.0.1:25";
        return new ActivityRecord[] {
            new ActivityRecord(t, "SMTP-IN", id, sock, ip, "CONNECT", "", "220 mail.example.test ESMTP Mailroom", 38, 0, ""),
            new ActivityRecord(t.plusNanos(1_000_000), "SMTP-IN", id, sock, ip, "EHLO", "client.example.org", "250-mail.example.test Hello", 120, 25, ""),
            new ActivityRecord(t.plusNanos(2_000_000), "SMTP-IN", id, sock, ip, "MAIL", "FROM:<sender@example.org>", "250 2.1.0 Sender OK", 21, 32, account),
            new ActivityRecord(t.plusNanos(3_000_000), "SMTP-IN", id, sock, ip, "RCPT", "TO:<someone@elsewhere.test>",
                    relayDenied ? "550 5.7.1 This mail server requires authentication. Please check your mail client settings."
                            : "250 2.1.5 Recipient OK", 90, 33, account),
            new ActivityRecord(t.plusNanos(4_000_000), "SMTP-IN", id, sock, ip, "QUIT", "", "221 2.0.0 Bye", 15, 6, account),
        };
    }

    static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
