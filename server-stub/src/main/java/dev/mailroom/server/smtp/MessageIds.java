package dev.mailroom.server.smtp;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Message ids that name the {@code .MAI} files and tie the activity, debug and MTA logs
 * together: 12 hex digits of milliseconds, a per-start random prefix and a counter, so two ids
 * never collide, within a run or across restarts in the same millisecond.
 */
public final class MessageIds {
    private final Clock clock;
    private final int startToken = new SecureRandom().nextInt() >>> 8;
    private final AtomicLong counter = new AtomicLong();

    public MessageIds(Clock clock) {
        this.clock = clock;
    }

    public String next() {
        return String.format("%012X%06X%06X", clock.millis(), startToken, counter.incrementAndGet() & 0xFFFFFF);
    }
}
