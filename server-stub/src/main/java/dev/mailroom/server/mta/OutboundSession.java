package dev.mailroom.server.mta;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * One outbound SMTP conversation carrying one message to one destination host, for all the
 * recipients that go there. It answers per recipient; a connection failure or timeout at any
 * point is a temporary failure for every recipient not yet accepted.
 *
 * <p>The message file is sent with CRLF line ends and dot-stuffing, whatever its line ends on
 * disk, so a lone {@code .} in the body can never end the DATA phase early.
 */
public final class OutboundSession {
    /** What the MTA logs as an SMTP-OU activity line for each command and its reply. */
    public interface Transcript {
        void exchange(String command, String reply, long bytesSent, long bytesReceived);
    }

    /** How to reach a host and behave there. {@code authUser} empty for no AUTH. */
    public record Target(String host, InetAddress address, int port, TlsMode tls, String authUser, char[] authPassword) {
        public Target {
            authUser = authUser == null ? "" : authUser;
        }
    }

    public enum TlsMode { NONE, OPPORTUNISTIC, REQUIRED }

    private final String heloName;
    private final InetAddress sourceAddress;
    private final int connectTimeoutMillis;
    private final int commandTimeoutMillis;
    private final SSLContext sslContext;
    private final Transcript transcript;

    public OutboundSession(String heloName, InetAddress sourceAddress, int connectTimeoutMillis, int commandTimeoutMillis,
                           SSLContext sslContext, Transcript transcript) {
        this.heloName = heloName;
        this.sourceAddress = sourceAddress;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.commandTimeoutMillis = commandTimeoutMillis;
        this.sslContext = sslContext;
        this.transcript = transcript;
    }

    /**
     * Told the moment the remote server answers the end of DATA with 2xx, before QUIT: the MTA
     * records those recipients as delivered at once, so a crash after this point cannot send
     * them the message a second time.
     */
    public interface AcceptedListener {
        void accepted(List<RecipientOutcome> delivered);
    }

    /** Delivers the message; returns one outcome per recipient, in the order given. */
    public List<RecipientOutcome> deliver(Target target, String sender, List<String> recipients, Path message) {
        return deliver(target, sender, recipients, message, delivered -> { });
    }

    /** As {@link #deliver(Target, String, List, Path)}, telling {@code listener} right after the remote's 250. */
    public List<RecipientOutcome> deliver(Target target, String sender, List<String> recipients, Path message,
                                          AcceptedListener listener) {
        List<RecipientOutcome> outcomes = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        Socket socket = null;
        try {
            socket = new Socket();
            if (sourceAddress != null) {
                socket.bind(new InetSocketAddress(sourceAddress, 0));
            }
            socket.connect(new InetSocketAddress(target.address(), target.port()), connectTimeoutMillis);
            socket.setSoTimeout(commandTimeoutMillis);
            Conversation c = new Conversation(socket);
            SmtpReply greeting = c.read();
            transcript.exchange("", greeting.lastLine(), 0, c.takeReceived());
            if (greeting.code() != 220) {
                return all(recipients, greeting, target.host());
            }
            SmtpReply ehlo = c.command("EHLO " + heloName);
            if (!ehlo.positive()) {
                ehlo = c.command("HELO " + heloName);
                if (!ehlo.positive()) {
                    return all(recipients, ehlo, target.host());
                }
            }
            if (target.tls() != TlsMode.NONE && ehlo.hasExtension("STARTTLS")) {
                SmtpReply start = c.command("STARTTLS");
                if (start.code() == 220) {
                    socket = startTls(socket, target.host());
                    c = new Conversation(socket);
                    ehlo = c.command("EHLO " + heloName);
                    if (!ehlo.positive()) {
                        return all(recipients, ehlo, target.host());
                    }
                } else if (target.tls() == TlsMode.REQUIRED) {
                    return allRetry(recipients, "TLS is required but " + target.host() + " refused STARTTLS: " + start.lastLine(), target.host());
                }
            } else if (target.tls() == TlsMode.REQUIRED) {
                return allRetry(recipients, "TLS is required but " + target.host() + " does not offer STARTTLS", target.host());
            }
            if (!target.authUser().isEmpty()) {
                SmtpReply auth = authenticate(c, ehlo, target);
                if (!auth.positive()) {
                    // A smart host refusing our credentials is a configuration problem the
                    // administrator can fix: keep the mail queued rather than bounce it.
                    return allRetry(recipients, "authentication at " + target.host() + " failed: " + auth.lastLine(), target.host());
                }
            }
            String size = ehlo.hasExtension("SIZE") ? " SIZE=" + Files.size(message) : "";
            SmtpReply mail = c.command("MAIL FROM:<" + sender + ">" + size);
            if (!mail.positive()) {
                return all(recipients, mail, target.host());
            }
            for (String r : recipients) {
                SmtpReply rcpt = c.command("RCPT TO:<" + r + ">");
                if (rcpt.positive()) {
                    accepted.add(r);
                } else {
                    outcomes.add(RecipientOutcome.of(r, rcpt.code(), rcpt.lastLine(), target.host()));
                }
            }
            if (accepted.isEmpty()) {
                c.quietly("QUIT");
                return outcomes;
            }
            SmtpReply data = c.command("DATA");
            if (data.code() != 354) {
                for (String r : accepted) {
                    outcomes.add(RecipientOutcome.of(r, data.code(), data.lastLine(), target.host()));
                }
                return outcomes;
            }
            long sent = c.sendMessage(message);
            SmtpReply done = c.read();
            transcript.exchange("DATA", done.lastLine(), sent, c.takeReceived());
            List<RecipientOutcome> afterData = new ArrayList<>();
            for (String r : accepted) {
                afterData.add(RecipientOutcome.of(r, done.code(), done.lastLine(), target.host()));
            }
            accepted.clear();
            outcomes.addAll(afterData);
            if (done.positive()) {
                listener.accepted(afterData);
            }
            c.quietly("QUIT");
            return outcomes;
        } catch (IOException e) {
            String why = "connection to " + target.host() + " [" + target.address().getHostAddress() + "]:" + target.port()
                    + " failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            transcript.exchange("", why, 0, 0);
            List<String> open = new ArrayList<>(recipients);
            outcomes.forEach(o -> open.remove(o.recipient()));
            for (String r : open) {
                outcomes.add(new RecipientOutcome(r, RecipientOutcome.Status.RETRY, why, target.host()));
            }
            return outcomes;
        } finally {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // done with it
                }
            }
        }
    }

    private SmtpReply authenticate(Conversation c, SmtpReply ehlo, Target t) throws IOException {
        String pw = new String(t.authPassword());
        if (hasAuthMechanism(ehlo, "PLAIN")) {
            String token = Base64.getEncoder().encodeToString(("\0" + t.authUser() + "\0" + pw).getBytes(StandardCharsets.UTF_8));
            return c.secret("AUTH PLAIN " + token, "AUTH PLAIN ****");
        }
        SmtpReply r = c.command("AUTH LOGIN");
        if (r.code() != 334) {
            return r;
        }
        r = c.secret(Base64.getEncoder().encodeToString(t.authUser().getBytes(StandardCharsets.UTF_8)), "****");
        if (r.code() != 334) {
            return r;
        }
        return c.secret(Base64.getEncoder().encodeToString(pw.getBytes(StandardCharsets.UTF_8)), "****");
    }

    private static boolean hasAuthMechanism(SmtpReply ehlo, String mechanism) {
        for (String l : ehlo.lines()) {
            String u = l.length() > 4 ? l.substring(4).toUpperCase() : "";
            if ((u.startsWith("AUTH ") || u.startsWith("AUTH=")) && List.of(u.substring(5).split(" ")).contains(mechanism)) {
                return true;
            }
        }
        return false;
    }

    private Socket startTls(Socket plain, String host) throws IOException {
        SSLSocket tls = (SSLSocket) sslContext.getSocketFactory().createSocket(plain, host, plain.getPort(), true);
        tls.setUseClientMode(true);
        tls.setSoTimeout(commandTimeoutMillis);
        tls.startHandshake();
        return tls;
    }

    private static List<RecipientOutcome> all(List<String> recipients, SmtpReply reply, String host) {
        return recipients.stream().map(r -> RecipientOutcome.of(r, reply.code(), reply.lastLine(), host)).toList();
    }

    private static List<RecipientOutcome> allRetry(List<String> recipients, String why, String host) {
        return recipients.stream().map(r -> new RecipientOutcome(r, RecipientOutcome.Status.RETRY, why, host)).toList();
    }

    /** Line-level I/O on one socket (plain, or after STARTTLS a new one over TLS). */
    private final class Conversation {
        private final InputStream in;
        private final OutputStream out;
        private long received;

        Conversation(Socket s) throws IOException {
            this.in = new BufferedInputStream(s.getInputStream());
            this.out = s.getOutputStream();
        }

        SmtpReply command(String line) throws IOException {
            return secret(line, line);
        }

        /** Sends a line whose text must not reach the transcript (AUTH payloads). */
        SmtpReply secret(String line, String logged) throws IOException {
            byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.UTF_8);
            out.write(bytes);
            out.flush();
            SmtpReply r = read();
            transcript.exchange(logged, r.lastLine(), bytes.length, takeReceived());
            return r;
        }

        void quietly(String line) {
            try {
                command(line);
            } catch (IOException ignored) {
                // the message is already handled; a lost QUIT reply changes nothing
            }
        }

        long takeReceived() {
            long r = received;
            received = 0;
            return r;
        }

        SmtpReply read() throws IOException {
            List<String> lines = new ArrayList<>();
            while (true) {
                String line = readLine();
                if (line.length() < 3 || !Character.isDigit(line.charAt(0))) {
                    throw new IOException("not an SMTP reply: " + (line.length() > 60 ? line.substring(0, 60) : line));
                }
                lines.add(line);
                if (line.length() == 3 || line.charAt(3) != '-') {
                    int code;
                    try {
                        code = Integer.parseInt(line.substring(0, 3));
                    } catch (NumberFormatException e) {
                        throw new IOException("not an SMTP reply: " + line);
                    }
                    return new SmtpReply(code, lines);
                }
                if (lines.size() > 100) {
                    throw new IOException("reply longer than 100 lines");
                }
            }
        }

        private String readLine() throws IOException {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(128);
            int b;
            while ((b = in.read()) != -1) {
                received++;
                if (b == '\n') {
                    String s = buf.toString(StandardCharsets.UTF_8);
                    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
                }
                if (buf.size() > 4096) {
                    throw new IOException("reply line longer than 4 KiB");
                }
                buf.write(b);
            }
            throw new IOException("the remote server closed the connection");
        }

        /** Streams the message with CRLF line ends and dot-stuffing, then the terminating dot. */
        long sendMessage(Path message) throws IOException {
            long sent = 0;
            byte[] buf = new byte[64 * 1024];
            ByteArrayOutputStream chunk = new ByteArrayOutputStream(buf.length + 1024);
            boolean lineStart = true;
            int prev = -1;
            try (InputStream file = Files.newInputStream(message)) {
                int n;
                while ((n = file.read(buf)) > 0) {
                    chunk.reset();
                    for (int i = 0; i < n; i++) {
                        int b = buf[i] & 0xff;
                        if (b == '\n' && prev != '\r') {
                            chunk.write('\r');
                        }
                        if (lineStart && b == '.') {
                            chunk.write('.');
                        }
                        if (b == '\r' && i + 1 < n && buf[i + 1] != '\n') {
                            // a bare CR inside a line is sent as CRLF, as RFC 5321 demands
                            chunk.write('\r');
                            chunk.write('\n');
                            prev = '\n';
                            lineStart = true;
                            continue;
                        }
                        chunk.write(b);
                        lineStart = b == '\n';
                        prev = b;
                    }
                    chunk.writeTo(out);
                    sent += chunk.size();
                }
            }
            byte[] end = lineStart ? ".\r\n".getBytes(StandardCharsets.US_ASCII) : "\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);
            out.write(end);
            out.flush();
            return sent + end.length;
        }
    }
}
