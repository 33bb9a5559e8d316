package dev.mailroom.core.logs;

import dev.mailroom.core.model.InvalidValueException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link LogQuery} as URL query parameters ({@code text regex from to ip messageId
 * responseClass}; times ISO {@code 2026-11-26T10:00:00}), written by the client and read by
 * the server with this one class. A bad value is an {@link InvalidValueException} naming the
 * parameter, which the API answers with 400.
 */
public final class LogQueryParams {
    private LogQueryParams() {
    }

    public static Map<String, Object> toParams(LogQuery q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", q.text());
        m.put("regex", q.regex() == null ? null : q.regex().pattern());
        m.put("from", q.from());
        m.put("to", q.to());
        m.put("ip", q.remoteIp());
        m.put("messageId", q.messageId());
        m.put("responseClass", q.responseClass());
        return m;
    }

    public static LogQuery fromParams(Function<String, String> param) {
        Integer rc = null;
        String rcs = param.apply("responseClass");
        if (rcs != null && !rcs.isBlank()) {
            try {
                rc = Integer.valueOf(rcs.strip());
            } catch (NumberFormatException e) {
                throw new InvalidValueException("responseClass", "response class must be 2, 3, 4 or 5");
            }
        }
        return new LogQuery(param.apply("text"), LogQuery.regex(param.apply("regex")), time(param, "from"),
                time(param, "to"), param.apply("ip"), param.apply("messageId"), rc);
    }

    private static LocalDateTime time(Function<String, String> param, String name) {
        String v = param.apply(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, name + " must be a local time like 2026-11-26T10:00:00");
        }
    }
}
