package dev.mailroom.server.smtp.wire;

import dev.mailroom.server.smtp.SmtpConnection;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/** A plain accepted socket whose output is tapped for the transcript. */
final class TappedSocket extends Socket implements Tapped {
    private SmtpConnection connection;
    private ReplyTap tap;

    void attach(SmtpConnection c) {
        this.connection = c;
    }

    @Override
    public SmtpConnection connection() {
        return connection;
    }

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
        if (tap == null) {
            tap = new ReplyTap(super.getOutputStream(), connection);
        }
        return tap;
    }

    /** TLS is being layered on this socket: what passes from now on is cipher text. */
    synchronized void stopRecording() throws IOException {
        getOutputStream();
        tap.stopRecording();
    }
}
