package dev.mailroom.app.common;

import dev.mailroom.core.directory.DuplicateException;
import dev.mailroom.core.model.InvalidValueException;
import java.util.Optional;

/**
 * A refusal that names the field it is about: a value type's {@link InvalidValueException}, a
 * {@link DuplicateException}, or the server's 4xx answer {@code {"error":{"field":...}}}.
 */
public record FieldError(String field, String message) {

    /** The field a failure names, if it names one. */
    public static Optional<FieldError> of(Throwable failure) {
        if (failure instanceof InvalidValueException e && e.field() != null) {
            return Optional.of(new FieldError(e.field(), e.getMessage()));
        }
        if (failure instanceof DuplicateException e && e.field() != null) {
            return Optional.of(new FieldError(e.field(), e.getMessage()));
        }
        return ServerErrors.field(failure);
    }
}
