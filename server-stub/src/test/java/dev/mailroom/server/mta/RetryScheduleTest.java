package dev.mailroom.server.mta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.model.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    final RetrySchedule s = RetrySchedule.mailEnableDefault();
    final Instant queued = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void retriesAfterFifteenThirtySixtyThenEveryFourHours() {
        assertThat(List.of(1, 2, 3, 4, 5, 9).stream().map(s::delayAfter).toList()).containsExactly(
                Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofMinutes(60),
                Duration.ofMinutes(240), Duration.ofMinutes(240), Duration.ofMinutes(240));
    }

    @Test
    void theNextAttemptNeverPassesTheLifetimeAndNoneAfterIt() {
        Instant now = queued.plus(Duration.ofHours(46));
        assertThat(s.nextAttempt(queued, 8, now)).contains(queued.plus(Duration.ofDays(2)));
        assertThat(s.nextAttempt(queued, 9, queued.plus(Duration.ofDays(2)))).isEmpty();
        assertThat(s.expired(queued, queued.plus(Duration.ofDays(2)))).isTrue();
        assertThat(s.expired(queued, queued.plus(Duration.ofHours(47)))).isFalse();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetrySchedule(List.of(0), 240, 60))
                .isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("firstDelaysMinutes");
        assertThatThrownBy(() -> new RetrySchedule(List.of(), 240, 0)).isInstanceOf(InvalidValueException.class);
    }
}
