package dev.mailroom.server.mta;

import dev.mailroom.core.model.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When to try a message again, as MailEnable's Delivery tab has it: after 15, 30 and 60
 * minutes, then every 240 minutes, until the message is older than its lifetime (2 days).
 *
 * @param firstDelaysMinutes the delays after the 1st, 2nd, 3rd… failed attempt
 * @param thenEveryMinutes   the delay after every later attempt
 * @param lifetimeMinutes    how long after queueing a message is given up and bounced
 */
public record RetrySchedule(List<Integer> firstDelaysMinutes, int thenEveryMinutes, int lifetimeMinutes) {
    public RetrySchedule {
        firstDelaysMinutes = firstDelaysMinutes == null ? List.of() : List.copyOf(firstDelaysMinutes);
        for (Integer d : firstDelaysMinutes) {
            if (d == null || d < 1 || d > 10_080) {
                throw new InvalidValueException("firstDelaysMinutes", "Each retry delay must be between 1 minute and 7 days");
            }
        }
        if (thenEveryMinutes < 1 || thenEveryMinutes > 10_080) {
            throw new InvalidValueException("thenEveryMinutes", "The repeated retry interval must be between 1 minute and 7 days");
        }
        if (lifetimeMinutes < 1 || lifetimeMinutes > 60 * 24 * 30) {
            throw new InvalidValueException("lifetimeMinutes", "The message lifetime must be between 1 minute and 30 days");
        }
    }

    public static RetrySchedule mailEnableDefault() {
        return new RetrySchedule(List.of(15, 30, 60), 240, 2 * 24 * 60);
    }

    /** The delay after the given number of failed attempts (1 = after the first failure). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        int i = failedAttempts - 1;
        int minutes = i < firstDelaysMinutes.size() ? firstDelaysMinutes.get(i) : thenEveryMinutes;
        return Duration.ofMinutes(minutes);
    }

    /**
     * The next attempt after a temporary failure, or empty when that would be past the
     * message's lifetime (then the remaining recipients fail and the sender is told).
     */
    public Optional<Instant> nextAttempt(Instant queuedAt, int failedAttempts, Instant now) {
        Instant next = now.plus(delayAfter(failedAttempts));
        Instant expires = queuedAt.plus(Duration.ofMinutes(lifetimeMinutes));
        if (!now.isBefore(expires)) {
            return Optional.empty();
        }
        return Optional.of(next.isAfter(expires) ? expires : next);
    }

    public boolean expired(Instant queuedAt, Instant now) {
        return !now.isBefore(queuedAt.plus(Duration.ofMinutes(lifetimeMinutes)));
    }
}
