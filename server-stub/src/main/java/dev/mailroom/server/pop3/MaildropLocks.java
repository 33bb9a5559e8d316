package dev.mailroom.server.pop3;

import dev.mailroom.core.directory.MailboxRef;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One POP3 session per mailbox (RFC 1939 section 8: the maildrop is locked from login to the end
 * of the session). Held in memory by the service: the server is one process, and a lock must not
 * outlive a crash.
 */
public final class MaildropLocks {
    private final Set<MailboxRef> held = ConcurrentHashMap.newKeySet();

    /** The lock, or empty when another session holds it. MailboxRef compares case-insensitively. */
    public Optional<Lock> tryLock(MailboxRef mailbox) {
        return held.add(mailbox) ? Optional.of(new Lock(mailbox)) : Optional.empty();
    }

    public boolean isLocked(MailboxRef mailbox) {
        return held.contains(mailbox);
    }

    public int count() {
        return held.size();
    }

    /** Released exactly once however many times {@link #close()} is called. */
    public final class Lock implements AutoCloseable {
        private final MailboxRef mailbox;
        private final AtomicBoolean released = new AtomicBoolean();

        private Lock(MailboxRef mailbox) {
            this.mailbox = mailbox;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                held.remove(mailbox);
            }
        }
    }
}
