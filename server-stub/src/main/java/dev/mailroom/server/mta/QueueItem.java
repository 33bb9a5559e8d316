package dev.mailroom.server.mta;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The MTA's record of one queued message, {@code Queues/Outbound/<id>.mta} (JSON, rewritten
 * atomically after every change). The SMTP side's {@code <id>.json} envelope stays as it was
 * written; this file says what happened since.
 *
 * @param pending        recipients still to be delivered
 * @param delivered      recipients a remote server accepted (recorded right after its 250)
 * @param failed         recipients given up on, already reported to the sender (or not, see {@code notifySender})
 * @param notifySender   whether the sender may get a DSN (article 12: only senders the server verified)
 * @param delayNotified  whether the one-time delay notice was sent
 */
public record QueueItem(int version, String id, String sender, List<String> pending, List<String> delivered,
                        List<RecipientOutcome> failed, Instant queuedAt, long size, int attempts, String lastError,
                        Instant nextAttempt, boolean notifySender, boolean delayNotified) {
    public QueueItem {
        pending = List.copyOf(pending == null ? List.of() : pending);
        delivered = List.copyOf(delivered == null ? List.of() : delivered);
        failed = List.copyOf(failed == null ? List.of() : failed);
        lastError = lastError == null ? "" : lastError;
        sender = sender == null ? "" : sender;
    }

    /** The recipient domain of an address (after the last {@code @}), lower case. */
    public static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    public QueueItem withDelivered(List<String> recipients) {
        List<String> p = new ArrayList<>(pending);
        p.removeAll(recipients);
        List<String> d = new ArrayList<>(delivered);
        d.addAll(recipients);
        return new QueueItem(version, id, sender, p, d, failed, queuedAt, size, attempts, lastError, nextAttempt,
                notifySender, delayNotified);
    }

    public QueueItem withFailed(List<RecipientOutcome> outcomes) {
        List<String> p = new ArrayList<>(pending);
        List<RecipientOutcome> f = new ArrayList<>(failed);
        for (RecipientOutcome o : outcomes) {
            p.remove(o.recipient());
            f.add(o);
        }
        return new QueueItem(version, id, sender, p, delivered, f, queuedAt, size, attempts, lastError, nextAttempt,
                notifySender, delayNotified);
    }

    public QueueItem retryAt(Instant next, int attemptsSoFar, String error) {
        return new QueueItem(version, id, sender, pending, delivered, failed, queuedAt, size, attemptsSoFar, error, next,
                notifySender, delayNotified);
    }

    public QueueItem withDelayNotified() {
        return new QueueItem(version, id, sender, pending, delivered, failed, queuedAt, size, attempts, lastError,
                nextAttempt, notifySender, true);
    }

    public boolean finished() {
        return pending.isEmpty();
    }
}
