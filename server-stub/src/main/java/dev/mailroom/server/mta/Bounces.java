package dev.mailroom.server.mta;

import dev.mailroom.core.directory.Directory;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.server.smtp.MessageIds;
import dev.mailroom.server.smtp.OutboundQueue;
import dev.mailroom.server.store.MessageStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Returns failed (or delayed) recipients to the envelope sender as an RFC 3464 report, sent
 * with the null sender: into the sender's Inbox when the sender is a local mailbox, otherwise
 * through the outbound queue like any other message.
 *
 * <p>Who gets one (article 12: a bounce to a forged sender is backscatter that gets servers
 * blacklisted): never the null sender, never when "do not send NDRs" is set, and only when the
 * message came from a sender this server verified: one who authenticated, or a client in the
 * privileged IP ranges, as recorded by the SMTP session in the envelope (see
 * {@link MtaService#verifiedSender}). A sender address in a local domain alone proves nothing.
 */
final class Bounces {
    private final Directory directory;
    private final MessageStore store;
    private final OutboundQueue queue;
    private final MessageIds ids;
    private final Clock clock;
    private final Path scratch;

    Bounces(Directory directory, MessageStore store, OutboundQueue queue, Clock clock, Path scratch) {
        this.directory = directory;
        this.store = store;
        this.queue = queue;
        this.ids = new MessageIds(clock);
        this.clock = clock;
        this.scratch = scratch;
    }

    /** Sends the report; returns the id it was delivered or queued under. */
    String send(DeliveryStatusNotification.Kind kind, String reportingHost, QueueItem item, Path original,
                List<RecipientOutcome> recipients) throws IOException {
        byte[] head = new byte[64 * 1024];
        int n = 0;
        if (Files.exists(original)) {
            try (InputStream in = Files.newInputStream(original)) {
                n = in.readNBytes(head, 0, head.length);
            }
        }
        String headers = DeliveryStatusNotification.headersOf(java.util.Arrays.copyOf(head, n));
        String text = DeliveryStatusNotification.build(kind, reportingHost, item.sender(), item.id(), recipients, headers,
                clock.instant().atZone(ZoneOffset.UTC));
        byte[] bytes = ("Return-Path: <>\r\n" + text).getBytes(StandardCharsets.UTF_8);
        String id = ids.next();
        Optional<MailboxRef> local = localMailbox(item.sender());
        if (local.isPresent()) {
            try (InputStream in = new ByteArrayInputStream(bytes)) {
                store.deliver(local.get(), MessageStore.INBOX, id, in);
            } catch (MessageStore.QuotaExceededException full) {
                throw new IOException("the sender's mailbox " + local.get() + " is full", full);
            }
            return id;
        }
        Files.createDirectories(scratch);
        Path tmp = scratch.resolve(id + ".dsn");
        Files.write(tmp, bytes);
        try {
            queue.enqueue(id, "", List.of(item.sender()), tmp, clock.instant(), "", "");
        } finally {
            Files.deleteIfExists(tmp);
        }
        return id;
    }

    private Optional<MailboxRef> localMailbox(String sender) {
        try {
            return directory.resolve(EmailAddress.of(sender));
        } catch (InvalidValueException notAnAddress) {
            return Optional.empty();
        }
    }
}
