package dev.mailroom.core.model;

/**
 * A value a user or client typed does not fit its type. Carries the name of the field it came
 * from so that the API can answer {@code 400} naming it and a dialog can show the reason beside it.
 */
public class InvalidValueException extends IllegalArgumentException {
    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
