package dev.mailroom.server.logs;

import dev.mailroom.core.logs.LogFileNames;
import dev.mailroom.core.logs.LogKind;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.server.admin.ApiRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Reads the log endpoints' parameters, refusing a bad one with a 400 that names it. */
final class LogParams {
    private LogParams() {
    }

    static String service(String raw) {
        String s = raw.strip().toUpperCase(Locale.ROOT);
        try {
            return LogFileNames.checkService(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("service", "service must be one of " + LogFileNames.SERVICES);
        }
    }

    static LogKind kind(String raw) {
        LogKind k = LogKind.fromLabel(raw.strip());
        if (k == null) {
            throw new InvalidValueException("kind", "kind must be Activity, Debug or W3C");
        }
        return k;
    }

    static LocalDate day(String raw) {
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("day", "day must be a date like 2026-11-26");
        }
    }

    /** The {@code day} query parameter, today by the server's clock when absent. */
    static LocalDate dayOrToday(ApiRequest r, Clock clock) {
        Optional<String> d = r.query("day").filter(s -> !s.isBlank());
        return d.isPresent() ? day(d.get()) : LocalDate.now(clock);
    }

    static long offset(ApiRequest r, String name) {
        String v = r.query(name).orElse(null);
        if (v == null || v.isBlank()) {
            return -1;
        }
        try {
            long o = Long.parseLong(v.strip());
            if (o < 0) {
                throw new NumberFormatException();
            }
            return o;
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, name + " must be a byte offset (0 or more)");
        }
    }
}
