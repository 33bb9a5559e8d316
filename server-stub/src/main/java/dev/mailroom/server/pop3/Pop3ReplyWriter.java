package dev.mailroom.server.pop3;

import dev.mailroom.server.store.MessageStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes replies in POP3's wire format; the only place that knows it. One per connection. */
public final class Pop3ReplyWriter {
    private static final byte[] TERMINATOR = {'.', '\r', '\n'};
    private final MessageStore store;
    private final MessageWire.Buffers buffers = new MessageWire.Buffers();

    public Pop3ReplyWriter(MessageStore store) {
        this.store = store;
    }

    /**
     * Writes the reply and its body and flushes.
     *
     * @return the reply actually sent (a message that vanished from disk turns into -ERR) and
     *         the octets written, for the activity log
     */
    public Sent write(Pop3Reply reply, OutputStream out) throws IOException {
        if (reply.body() instanceof Pop3Body.Message m) {
            InputStream in;
            try {
                in = store.open(m.message());
            } catch (IOException e) {
                return write(Pop3Reply.err("[SYS/TEMP] Message " + m.message().id() + " can no longer be read"), out);
            }
            try (in) {
                long n = statusLine(reply, out);
                n += MessageWire.copy(in, out, m.bodyLines(), buffers);
                out.write(TERMINATOR);
                out.flush();
                return new Sent(reply, n + TERMINATOR.length);
            }
        }
        long n = statusLine(reply, out);
        if (reply.body() instanceof Pop3Body.Lines lines) {
            for (String line : lines.lines()) {
                n += MessageWire.line(line, out);
            }
            out.write(TERMINATOR);
            n += TERMINATOR.length;
        }
        out.flush();
        return new Sent(reply, n);
    }

    private static long statusLine(Pop3Reply reply, OutputStream out) throws IOException {
        byte[] line = (reply.statusLine() + "\r\n").getBytes(StandardCharsets.UTF_8);
        out.write(line);
        return line.length;
    }

    public record Sent(Pop3Reply reply, long octets) {
    }
}
