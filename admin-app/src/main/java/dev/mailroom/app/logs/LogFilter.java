package dev.mailroom.app.logs;

import dev.mailroom.core.logs.LogQuery;
import dev.mailroom.core.model.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * The filter box's inputs turned into a {@link LogQuery} for one day: text (or a regular
 * expression), remote IP, message id, response class ("Any", "2xx" ... "5xx") and a time range
 * as {@code HH:mm} or {@code HH:mm:ss}. A bad input is an {@link InvalidValueException} naming
 * the field, shown beside it.
 */
final class LogFilter {
    static final String ANY = "Any";

    private LogFilter() {
    }

    static LogQuery toQuery(LocalDate day, String text, boolean regex, String ip, String messageId,
                            String responseClass, String from, String to) {
        LogQuery q = LogQuery.all();
        if (text != null && !text.isBlank()) {
            q = regex ? q.withRegex(LogQuery.regex(text)) : q.withText(text.strip());
        }
        q = q.withRemoteIp(blankToNull(ip)).withMessageId(blankToNull(messageId));
        if (responseClass != null && !responseClass.equals(ANY) && !responseClass.isBlank()) {
            q = q.withResponseClass(responseClass.charAt(0) - '0');
        }
        LocalTime f = time("from", from);
        LocalTime t = time("to", to);
        if (f != null || t != null) {
            q = q.withTime(f == null ? null : day.atTime(f), t == null ? null : day.atTime(t));
        }
        return q;
    }

    static LocalTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "Enter a time like 14:30 or 14:30:15");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
