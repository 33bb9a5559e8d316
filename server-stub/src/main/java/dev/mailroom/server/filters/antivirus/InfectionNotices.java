package dev.mailroom.server.filters.antivirus;

import dev.mailroom.core.logs.ServiceLog;
import dev.mailroom.server.filters.FilteredMessage;
import dev.mailroom.server.filters.Submission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * The notice sent when a virus is found, through the server's own delivery. It goes out with
 * the null sender ({@code MAIL FROM:<>}), so it can never bounce back and forth, and only to
 * the addresses {@link AntivirusFilter} chose: the administrator and local recipients, never
 * the message's possibly forged sender (article 12). It names the virus; it never carries it.
 */
final class InfectionNotices implements AntivirusFilter.InfectionNotifier {
    private final Submission submission;
    private final Path spoolDir;
    private final ServiceLog log;

    InfectionNotices(Submission submission, Path dataDir, ServiceLog log) {
        this.submission = submission;
        this.spoolDir = dataDir.resolve("Queues").resolve("Incoming");
        this.log = log;
    }

    @Override
    public void infected(FilteredMessage message, String virusName, List<String> notifyAddresses) {
        Path file = null;
        try {
            Files.createDirectories(spoolDir);
            file = spoolDir.resolve("notice-" + UUID.randomUUID() + ".tmp");
            Files.writeString(file, text(message, virusName, notifyAddresses), StandardCharsets.UTF_8);
            String id = submission.submit("", notifyAddresses, file);
            log.debug(message.messageId(), "Antivirus: notice " + id + " sent to " + String.join(", ", notifyAddresses));
        } catch (IOException | RuntimeException e) {
            // The verdict stands without its notice; the log says the notice is missing.
            log.debug(message.messageId(), "Antivirus: notice to " + String.join(", ", notifyAddresses) + " failed: " + e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a stray notice file in the spool directory is harmless
                }
            }
        }
    }

    private String text(FilteredMessage m, String virus, List<String> to) {
        String from = "postmaster@" + submission.hostName();
        return String.join("\r\n",
                "Return-Path: <>",
                "From: Mailroom Antivirus <" + from + ">",
                "To: " + String.join(", ", to),
                "Subject: Virus found: " + virus,
                "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()),
                "Message-ID: <" + UUID.randomUUID() + "@" + submission.hostName() + ">",
                "Auto-Submitted: auto-generated",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                "The antivirus filter found a virus in a message and did not deliver it.",
                "",
                "Virus:       " + virus,
                "Message id:  " + m.messageId(),
                "Sender:      <" + m.sender() + "> (as the sending server claimed it; it may be forged)",
                "Recipients:  " + String.join(", ", m.recipients()),
                "Client:      " + m.clientIp(),
                "Size:        " + m.size() + " bytes",
                "",
                "The message itself is not attached.",
                "");
    }
}
