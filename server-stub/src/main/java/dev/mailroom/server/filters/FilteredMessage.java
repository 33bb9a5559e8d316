package dev.mailroom.server.filters;

import java.nio.file.Path;
import java.util.List;

/**
 * A message on disk with its envelope, as a filter sees it. The file is the spooled message
 * exactly as received; filters read it and never change it.
 *
 * @param sender     envelope sender, empty for the null sender {@code <>}
 * @param localRecipients recipients delivered to mailboxes on this server (may be notified)
 */
public record FilteredMessage(String messageId, String sender, List<String> recipients,
                              List<String> localRecipients, String clientIp, Path file, long size) {
    public FilteredMessage {
        recipients = List.copyOf(recipients);
        localRecipients = List.copyOf(localRecipients);
        sender = sender == null ? "" : sender;
    }
}
