package dev.mailroom.server.smtp.wire;

import dev.mailroom.server.smtp.ListenerKind;
import dev.mailroom.server.smtp.SmtpConnection;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ssl.SSLContext;

/**
 * The listening socket of one SMTP port. Each accepted socket gets its {@link SmtpConnection};
 * on the implicit-TLS port it is wrapped in TLS straight away (the handshake runs on the
 * session's thread when the greeting is written, never on the accept thread).
 */
public final class TappedServerSocket extends ServerSocket {
    private final ListenerKind kind;
    private final SSLContext tls;

    public TappedServerSocket(ListenerKind kind, SSLContext tls) throws IOException {
        super();
        this.kind = kind;
        this.tls = tls;
    }

    @Override
    public Socket accept() throws IOException {
        TappedSocket s = new TappedSocket();
        implAccept(s);
        s.attach(new SmtpConnection(kind, (InetSocketAddress) s.getLocalSocketAddress(),
                (InetSocketAddress) s.getRemoteSocketAddress()));
        if (kind.implicitTls()) {
            return StartTls.wrap(s, tls);
        }
        return s;
    }
}
