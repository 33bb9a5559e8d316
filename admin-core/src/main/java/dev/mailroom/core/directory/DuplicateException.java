package dev.mailroom.core.directory;

/** A name that already exists (case-insensitively). The API answers 409 naming the field. */
public class DuplicateException extends RuntimeException {
    private final String field;

    public DuplicateException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
