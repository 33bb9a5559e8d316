package dev.mailroom.server.smtp;

import dev.mailroom.core.directory.Directory;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.server.store.MessageStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts an accepted message where its recipients' routes say: each local mailbox's Inbox (one
 * {@code .MAI} per mailbox, fsynced by the store), following the mailbox's redirection (one
 * hop; the local copy stays when "keep a copy" is set), and the outbound queue for remote
 * addresses. Quota is checked for every local mailbox before anything is written, so a full
 * mailbox refuses the whole message with {@code 452 4.2.2} instead of delivering half of it.
 */
final class Delivery {
    private final Directory directory;
    private final MessageStore store;
    private final OutboundQueue queue;
    private final SmtpLog log;

    Delivery(Directory directory, MessageStore store, OutboundQueue queue, SmtpLog log) {
        this.directory = directory;
        this.store = store;
        this.queue = queue;
        this.log = log;
    }

    /** Where one message went. */
    record Outcome(List<MailboxRef> mailboxes, List<String> queued) {
    }

    Outcome deliver(String id, String sender, List<RecipientRoute> routes, Path spool, long size, Instant received,
                    String clientIp, String account) throws IOException, MessageStore.QuotaExceededException {
        Set<MailboxRef> local = new LinkedHashSet<>();
        Set<String> remote = new LinkedHashSet<>();
        for (RecipientRoute r : routes) {
            if (r instanceof RecipientRoute.Local l) {
                local.add(l.mailbox());
            } else if (r instanceof RecipientRoute.Remote rem) {
                remote.add(rem.address());
            }
        }
        Set<MailboxRef> targets = new LinkedHashSet<>();
        for (MailboxRef m : local) {
            Optional<Mailbox> mb = directory.mailbox(m);
            if (mb.isEmpty() || mb.get().redirectTo().isEmpty()) {
                targets.add(m);
                continue;
            }
            for (EmailAddress to : mb.get().redirectTo()) {
                Optional<MailboxRef> there = directory.resolve(to);
                if (there.isPresent()) {
                    targets.add(there.get());
                } else {
                    remote.add(to.toString());
                }
                log.debug(id, "Redirection: message for (" + m + ") redirected to (" + to + ")");
            }
            if (mb.get().keepLocalCopy()) {
                targets.add(m);
            }
        }
        for (MailboxRef m : targets) {
            Optional<Mailbox> mb = directory.mailbox(m);
            if (mb.isPresent() && mb.get().quotaKb() > 0
                    && store.usedBytes(m) + size > mb.get().quotaKb() * 1024L) {
                log.debug(id, "Delivery refused: mailbox (" + m + ") is over its quota of " + mb.get().quotaKb() + " KB");
                throw new MessageStore.QuotaExceededException("Mailbox " + m + " is full");
            }
        }
        List<MailboxRef> delivered = new ArrayList<>();
        for (MailboxRef m : targets) {
            try (InputStream in = Files.newInputStream(spool)) {
                store.deliver(m, MessageStore.INBOX, id, in);
            }
            delivered.add(m);
            log.debug(id, "Local Delivery: message (" + id + ") written to " + m + "/" + MessageStore.INBOX);
        }
        List<String> queued = new ArrayList<>(remote);
        if (!queued.isEmpty()) {
            queue.enqueue(id, sender, queued, spool, received, clientIp, account);
            log.debug(id, "Queued message (" + id + ") for remote delivery to " + String.join(", ", queued));
        }
        return new Outcome(delivered, queued);
    }
}
