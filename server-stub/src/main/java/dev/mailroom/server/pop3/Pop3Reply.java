package dev.mailroom.server.pop3;

import java.util.List;
import java.util.Objects;

/**
 * One answer of the server, as a value: the status line, an optional multi-line body and what
 * the connection does after writing it. Commands return replies; only the connection writes
 * them, so the wire format ({@code +OK}, {@code -ERR}, dot-stuffing, terminator) lives in one
 * place ({@link Pop3ReplyWriter}).
 */
public record Pop3Reply(Status status, String text, Pop3Body body, After after) {

    public enum Status {
        OK("+OK"), ERR("-ERR"), CONTINUE("+");

        private final String indicator;

        Status(String indicator) {
            this.indicator = indicator;
        }

        public String indicator() {
            return indicator;
        }
    }

    /** What the connection does once the reply is written. */
    public enum After {
        CONTINUE,
        /** Switch the socket to TLS (STLS), then read the next command. */
        START_TLS,
        /** Close the connection (QUIT, too many failed logins, banned). */
        CLOSE
    }

    public Pop3Reply {
        Objects.requireNonNull(status);
        text = text == null ? "" : text;
        Objects.requireNonNull(after);
    }

    public static Pop3Reply ok(String text) {
        return new Pop3Reply(Status.OK, text, null, After.CONTINUE);
    }

    public static Pop3Reply err(String text) {
        return new Pop3Reply(Status.ERR, text, null, After.CONTINUE);
    }

    /** A SASL continuation ({@code + <base64>}); the next line is the client's response. */
    public static Pop3Reply challenge(String base64) {
        return new Pop3Reply(Status.CONTINUE, base64, null, After.CONTINUE);
    }

    public static Pop3Reply lines(String text, List<String> lines) {
        return new Pop3Reply(Status.OK, text, new Pop3Body.Lines(lines), After.CONTINUE);
    }

    public Pop3Reply withBody(Pop3Body newBody) {
        return new Pop3Reply(status, text, newBody, after);
    }

    public Pop3Reply thenClose() {
        return new Pop3Reply(status, text, body, After.CLOSE);
    }

    public Pop3Reply thenStartTls() {
        return new Pop3Reply(status, text, body, After.START_TLS);
    }

    public boolean ok() {
        return status == Status.OK;
    }

    /** The status line without CRLF, as sent and as logged. */
    public String statusLine() {
        // RFC 5034: a continuation is always "+" SP, even with an empty challenge.
        if (status == Status.CONTINUE || !text.isEmpty()) {
            return status.indicator() + " " + text;
        }
        return status.indicator();
    }
}
