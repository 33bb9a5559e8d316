package dev.mailroom.server.tls;

/** The configured certificate cannot be used; the message says which file and why. */
public class TlsUnavailableException extends Exception {
    public TlsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
