package dev.mailroom.core.logs;

import java.time.LocalDateTime;

/** A {@code #Name: value} line of a W3C extended log ({@code #Fields:}, {@code #Date:} ...). */
public record W3cDirective(String name, String value) implements LogRecord {
    @Override
    public LocalDateTime time() {
        return null;
    }

    @Override
    public String messageId() {
        return "";
    }
}
