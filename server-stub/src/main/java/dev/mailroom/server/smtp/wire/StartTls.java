package dev.mailroom.server.smtp.wire;

import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.subethamail.smtp.server.SSLSocketCreator;

/**
 * Layers server-side TLS over an accepted socket, for STARTTLS and for port 465, keeping the
 * connection's transcript on the clear-text side.
 */
public final class StartTls {
    private StartTls() {
    }

    /** The creator SubEthaSMTP calls after it has answered {@code 220} to STARTTLS. */
    public static SSLSocketCreator creator(SSLContext context) {
        return socket -> wrap(socket, context);
    }

    static SSLSocket wrap(Socket socket, SSLContext context) throws IOException {
        if (!(socket instanceof TappedSocket plain)) {
            throw new IOException("STARTTLS on a socket Mailroom did not accept");
        }
        plain.stopRecording();
        SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(plain,
                plain.getInetAddress().getHostAddress(), plain.getPort(), true);
        ssl.setUseClientMode(false);
        // The JDK's defaults: TLS 1.2 and 1.3 with its current cipher suites; nothing weaker is enabled.
        return new TappedSslSocket(ssl, plain.connection());
    }
}
