package dev.mailroom.server.pop3;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * One client connection on a pool thread: greeting, then read a line, let the protocol answer,
 * write the answer, until QUIT, a drop or the idle timeout. Blocking I/O keeps STLS a matter of
 * layering an SSLSocket over the plain one. However it ends, the session's lock is released and
 * nothing is deleted unless QUIT reached the UPDATE state.
 */
final class Pop3Connection implements Runnable {
    private static final int OUT_BUFFER = 64 * 1024;

    private final Socket plain;
    private final Pop3Session session;
    private final Pop3Protocol protocol;
    private final Pop3ReplyWriter writer;
    private final Pop3Events events;
    private final SSLContext tls;
    private final Runnable onClose;
    private Socket socket;

    Pop3Connection(Socket socket, Pop3Session session, Pop3Protocol protocol, Pop3ReplyWriter writer,
                   Pop3Events events, SSLContext tls, Runnable onClose) {
        this.plain = socket;
        this.socket = socket;
        this.session = session;
        this.protocol = protocol;
        this.writer = writer;
        this.events = events;
        this.tls = tls;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        String how = "dropped by the client";
        try {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), OUT_BUFFER);
            LineReader reader = new LineReader(in, Pop3Protocol.MAX_SASL_LINE);
            events.connected(session);
            writer.write(Pop3Protocol.greeting(), out);
            while (true) {
                long before = reader.octetsRead();
                LineReader.Line line = reader.readLine(Pop3Protocol.lineLimit(session));
                if (line == null) {
                    break;
                }
                Pop3Protocol.Exchange exchange = line.tooLong()
                        ? Pop3Protocol.lineTooLong() : protocol.handle(session, line.text());
                Pop3ReplyWriter.Sent sent = writer.write(exchange.reply(), out);
                events.exchange(session, exchange.verb(), exchange.loggedArgs(), sent.reply().statusLine(),
                        reader.octetsRead() - before, sent.octets());
                Pop3Reply.After after = sent.reply().after();
                if (after == Pop3Reply.After.CLOSE) {
                    how = "closed after " + exchange.verb();
                    break;
                }
                if (after == Pop3Reply.After.START_TLS) {
                    // Fresh streams: bytes the client pipelined in clear after STLS are dropped
                    // with the old buffer (RFC 2595 section 3.1, no plaintext injection).
                    socket = startTls();
                    in = new BufferedInputStream(socket.getInputStream());
                    out = new BufferedOutputStream(socket.getOutputStream(), OUT_BUFFER);
                    reader = new LineReader(in, Pop3Protocol.MAX_SASL_LINE);
                    session.tlsStarted();
                }
            }
        } catch (SocketTimeoutException idle) {
            how = "idle timeout";
            sayGoodbye("-ERR Idle timeout, closing connection\r\n");
        } catch (IOException e) {
            how = "connection error: " + e.getMessage();
        } finally {
            session.end();
            closeQuietly();
            events.disconnected(session, how);
            onClose.run();
        }
    }

    private Socket startTls() throws IOException {
        SSLSocket s = (SSLSocket) tls.getSocketFactory().createSocket(plain,
                plain.getInetAddress().getHostAddress(), plain.getPort(), true);
        s.setUseClientMode(false);
        s.startHandshake();
        return s;
    }

    private void sayGoodbye(String line) {
        try {
            OutputStream o = socket.getOutputStream();
            o.write(line.getBytes(StandardCharsets.US_ASCII));
            o.flush();
        } catch (IOException ignored) {
            // The client is gone already; there is no one left to tell.
        }
    }

    /** Closes the socket, also from another thread when the service stops. */
    void closeQuietly() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing a broken socket can fail; it is closed either way.
        }
        try {
            plain.close();
        } catch (IOException ignored) {
            // As above.
        }
    }
}
