package dev.mailroom.core.antivirus;

import java.util.List;

/**
 * What the quarantine ({@code Queues/Quarantine/<id>.json}) keeps about an infected message:
 * its envelope and what was found in it.
 */
public record QuarantineEntry(String messageId, String sender, List<String> recipients, String clientIp,
                              String virusName, String scanner, long size, String quarantinedAt) {
    public QuarantineEntry {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
