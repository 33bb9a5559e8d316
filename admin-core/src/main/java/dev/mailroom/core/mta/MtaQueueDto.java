package dev.mailroom.core.mta;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/mta/queue}: the messages the MTA still has to deliver, with counts over the
 * whole queue (not only the filtered ones) for the console's live status.
 */
public record MtaQueueDto(int total, int retrying, int active, List<Item> messages) {
    public MtaQueueDto {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    /**
     * One queued message. {@code recipients} are those still to be delivered; {@code nextTry}
     * is null while a delivery is under way.
     */
    public record Item(String id, String sender, List<String> recipients, long size, Instant received,
                       long ageSeconds, int attempts, String lastError, Instant nextTry, boolean active) {
    }
}
