package dev.mailroom.core.smtp;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/smtp/queue/outbound}: messages accepted for remote recipients and waiting in
 * {@code Queues/Outbound/}. {@code remoteDeliveryActive} is false until the MTA exists: the
 * console says so rather than pretending the messages are being sent.
 */
public record OutboundQueueDto(boolean remoteDeliveryActive, String note, List<Item> messages) {
    public OutboundQueueDto {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    public record Item(String id, String sender, List<String> recipients, Instant received, String clientIp,
                       String authenticated, long size) {
    }
}
