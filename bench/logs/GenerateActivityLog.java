import dev.mailroom.core.logs.ActivityFormat;
import dev.mailroom.core.logs.ActivityRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * Writes an SMTP activity log of about SIZE_MB megabytes for the log benchmark, through the same
 * ActivityFormat the server writes with: sessions of CONNECT, EHLO, MAIL, RCPT, DATA, QUIT from
 * a few thousand addresses spread over one day, one in five relays refused.
 * Prints the message id of a session in the last 1% of the file (the benchmark's needle) and
 * how many lines carry it.
 *
 * Usage: java -cp mailroom-server.jar GenerateActivityLog.java FILE SIZE_MB YYYY-MM-DD
 */
public class GenerateActivityLog {
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long target = Long.parseLong(args[1]) * 1024 * 1024;
        LocalDate day = LocalDate.parse(args[2]);
        Random random = new Random(42);
        long bytes = 0;
        long sessions = 0;
        // About 1,050 bytes per session: sessions needed to reach the size, spread over 24 h.
        long expected = target / 1050 + 1;
        double stepMillis = 86_400_000.0 / expected;
        String needle = null;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (bytes < target) {
                LocalDateTime t = day.atStartOfDay().plusNanos((long) (sessions * stepMillis) * 1_000_000L);
                if (!t.toLocalDate().equals(day)) {
                    t = day.atTime(23, 59, 59, 999_000_000);
                }
                String id = String.format("%08X%08X%08X", 0x01A216A9, (int) (sessions >>> 32) ^ 0x5C712D40, (int) sessions);
                String ip = "198.51." + random.nextInt(100) + "." + (1 + random.nextInt(254));
                boolean refused = random.nextInt(5) == 0;
                String sock = "192.0.2.10:25";
                ActivityRecord[] lines = {
                    new ActivityRecord(t, "SMTP-IN", "", sock, ip, "CONNECT", ip + " smtp", "220 mail.example.test ESMTP Mailroom ESMTP service ready", 50, 0, ""),
                    new ActivityRecord(t.plusNanos(2_000_000), "SMTP-IN", "", sock, ip, "EHLO", "client" + random.nextInt(10_000) + ".example.org", "250 OK", 133, 25, ""),
                    new ActivityRecord(t.plusNanos(4_000_000), "SMTP-IN", id, sock, ip, "MAIL", "FROM:<user" + random.nextInt(100_000) + "@example.org> SIZE=" + random.nextInt(90_000), "250 Ok", 8, 45, ""),
                    new ActivityRecord(t.plusNanos(6_000_000), "SMTP-IN", id, sock, ip, "RCPT",
                            refused ? "TO:<someone@elsewhere.test>" : "TO:<mailbox" + random.nextInt(500) + "@example.test>",
                            refused ? "550 5.7.1 This mail server requires authentication. Please check your mail client settings." : "250 Ok",
                            refused ? 93 : 8, 33, ""),
                    refused ? null : new ActivityRecord(t.plusNanos(90_000_000), "SMTP-IN", id, sock, ip, "DATA", "",
                            "250 2.0.0 Ok: queued as " + id, 50, 4_000 + random.nextInt(40_000), ""),
                    new ActivityRecord(t.plusNanos(95_000_000), "SMTP-IN", id, sock, ip, "QUIT", "", "221 Bye", 9, 6, ""),
                };
                for (ActivityRecord r : lines) {
                    if (r != null) {
                        String line = ActivityFormat.encode(r);
                        w.write(line);
                        w.write('\n');
                        bytes += line.length() + 1;
                    }
                }
                if (needle == null && bytes > target * 99 / 100) {
                    needle = id;
                }
                sessions++;
            }
        }
        System.out.println(needle);
    }
}
