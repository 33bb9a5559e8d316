package dev.mailroom.server.smtp.wire;

import dev.mailroom.server.smtp.SmtpConnection;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes what the server writes to the client through and shows it to the connection's
 * transcript (replies and byte counts for the activity log). {@link #stopRecording()} is called
 * when STARTTLS layers TLS on top, so that cipher text is never mistaken for replies.
 */
final class ReplyTap extends FilterOutputStream {
    private final SmtpConnection connection;
    private volatile boolean recording = true;

    ReplyTap(OutputStream out, SmtpConnection connection) {
        super(out);
        this.connection = connection;
    }

    void stopRecording() {
        recording = false;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        if (recording) {
            connection.sent(new byte[] {(byte) b}, 0, 1);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        if (recording) {
            connection.sent(b, off, len);
        }
    }
}
