package dev.mailroom.server.pop3;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bare-socket POP3 client for what poplib cannot send: malformed lines, out-of-state commands,
 * a connection dropped without QUIT.
 */
final class RawPop3 implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    final String greeting;

    RawPop3(String host, int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), 5000);
        socket.setSoTimeout(30_000);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        greeting = line();
    }

    /** Sends one line and returns the status line of the answer. */
    String cmd(String line) throws IOException {
        send(line);
        return line();
    }

    void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Sends bytes without a line end (a flood, or half a command). */
    void sendRaw(String text) throws IOException {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (java.net.SocketException closedByServer) {
            // The server may close before everything is written; that is what the test expects.
        }
    }

    /** The status line then the body lines up to the terminating dot, un-stuffed. */
    List<String> multi(String line) throws IOException {
        List<String> lines = new ArrayList<>();
        String status = cmd(line);
        lines.add(status);
        if (!status.startsWith("+OK")) {
            return lines;
        }
        for (String l = line(); !l.equals("."); l = line()) {
            lines.add(l.startsWith(".") ? l.substring(1) : l);
        }
        return lines;
    }

    /** One line without CRLF; null at end of stream. */
    String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        try {
            while ((c = in.read()) >= 0 && c != '\n') {
                b.write(c);
            }
        } catch (java.net.SocketException reset) {
            // A connection the server reset reads as its end.
            c = -1;
        }
        if (c < 0 && b.size() == 0) {
            return null;
        }
        String s = b.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** Drops the connection without QUIT, as a crashing client would. */
    void drop() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
