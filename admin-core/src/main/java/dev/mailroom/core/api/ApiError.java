package dev.mailroom.core.api;

/**
 * The one error shape of the API, sent as {@code {"error": {"code", "message", "field"}}}.
 *
 * @param code    stable machine-readable code, e.g. {@code invalid_value}, {@code duplicate}
 * @param message a sentence for a person; never an exception's text or a stack trace
 * @param field   the request field at fault (a dialog shows the message beside it), or null
 */
public record ApiError(String code, String message, String field) {
    /** The JSON envelope: {@code {"error": {...}}}. */
    public record Envelope(ApiError error) {
    }
}
