package dev.mailroom.app.common;

import dev.mailroom.core.api.ApiException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.Optional;

/**
 * What a failed server call means to the person at the console: a refusal naming a field, a
 * server that does not answer (the main window shows its banner with Retry), or anything else.
 */
public final class ServerErrors {
    private ServerErrors() {
    }

    /** The field a server refusal names (the API's {@code error.field}), if any. */
    static Optional<FieldError> field(Throwable failure) {
        if (failure instanceof ApiException e && e.status() >= 400 && e.status() < 500 && e.field() != null) {
            return Optional.of(new FieldError(e.field(), e.getMessage()));
        }
        return Optional.empty();
    }

    /** True when the server did not answer at all, as opposed to answering with a refusal. */
    public static boolean isUnreachable(Throwable failure) {
        if (failure instanceof ApiException e) {
            return e.status() == 0 && !"interrupted".equals(e.error().code());
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
                    || t instanceof HttpTimeoutException || t instanceof ClosedChannelException
                    || t instanceof java.net.SocketException || t instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    /** One sentence for a person: the server's message when it gave one, else what happened. */
    public static String message(Throwable failure) {
        if (failure instanceof ApiException e) {
            return e.getMessage();
        }
        if (isUnreachable(failure)) {
            return "The server does not answer. Check that it is running, then press Retry.";
        }
        Throwable t = failure;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
