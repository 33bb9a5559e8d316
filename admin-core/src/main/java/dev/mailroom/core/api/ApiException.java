package dev.mailroom.core.api;

/**
 * A request the server refused, or could not be sent. {@code status} is the HTTP status, or 0
 * when the server could not be reached (then the code is {@code unreachable}).
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final ApiError error;

    public ApiException(int status, ApiError error) {
        super(error.message());
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public ApiError error() {
        return error;
    }

    /** Convenience for dialogs that show the reason beside a field. */
    public String field() {
        return error.field();
    }
}
