package dev.mailroom.app.logs;

import dev.mailroom.core.logs.LogFileNames;
import dev.mailroom.core.logs.LogSwitches;
import dev.mailroom.core.logs.ServiceLog;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import dev.mailroom.server.service.MailService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalInt;

/**
 * The real server on free ports with real SMTP and POP3 traffic in its logs: a local delivery,
 * a relay from a privileged address (127.0.0.1), a refused relay from 127.0.0.2, and the
 * delivered message read over POP3. The MTA has not landed, so its line is written with the
 * same {@link ServiceLog} it will call.
 */
final class LoggedServer implements AutoCloseable {
    final RunningServer server;
    static final String PASSWORD = "Secret-Pass-123";
    final int smtpPort;
    final int pop3Port;

    LoggedServer(Path dataDir) throws IOException {
        server = ServerLauncher.start(dataDir, new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.of(0)),
                0, "127.0.0.1");
        smtpPort = port("smtp");
        pop3Port = port("pop");
        var client = server.client();
        client.createPostOffice("EXAMPLE");
        client.addDomain("EXAMPLE", "example.test");
        client.createMailbox("EXAMPLE", "bob", PASSWORD.toCharArray(), MailboxType.USER, 0);
    }

    private int port(String label) {
        return server.listeners().stream().filter(MailService.Listener::running)
                .filter(l -> l.label().toLowerCase().contains(label)).mapToInt(MailService.Listener::port).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + label + " listener: " + server.listeners()));
    }

    /** One SMTP session from {@code from} (a loopback address); returns the server's replies. */
    String session(String from, String sender, String recipient, boolean data) throws IOException {
        StringBuilder replies = new StringBuilder();
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            s.connect(new InetSocketAddress("127.0.0.1", smtpPort), 5_000);
            s.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = s.getOutputStream();
            String greeting = reply(in);
            replies.append(greeting);
            if (!greeting.startsWith("220")) {
                return replies.toString(); // refused at connect (554): the server has closed
            }
            replies.append(send(out, in, "EHLO client.example.org"));
            replies.append(send(out, in, "MAIL FROM:<" + sender + ">"));
            String rcpt = send(out, in, "RCPT TO:<" + recipient + ">");
            replies.append(rcpt);
            if (data && rcpt.startsWith("250")) {
                replies.append(send(out, in, "DATA"));
                replies.append(send(out, in, "Subject: hello\r\n\r\nHello Bob.\r\n."));
            }
            replies.append(send(out, in, "QUIT"));
        }
        return replies.toString();
    }

    private static String send(OutputStream out, BufferedReader in, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return reply(in);
    }

    private static String reply(BufferedReader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        String l;
        do {
            l = in.readLine();
            if (l == null) {
                break;
            }
            sb.append(l).append('\n');
        } while (l.length() > 3 && l.charAt(3) == '-');
        return sb.toString();
    }

    /**
     * The message's delivery line as the MTA will log it (the MTA has not landed: written with
     * the ServiceLog it will call), then bob reads it over POP3 from 127.0.0.3 (the real service).
     */
    void deliveredAndRead(String messageId) throws IOException {
        try (ServiceLog mta = ServiceLog.open(server.dataDir(), LogFileNames.MTA, Clock.systemUTC(), LogSwitches.allOn())) {
            mta.debug(messageId, "Delivered " + messageId + " to EXAMPLE/bob Inbox");
        }
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.3"), 0));
            s.connect(new InetSocketAddress("127.0.0.1", pop3Port), 5_000);
            s.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = s.getOutputStream();
            in.readLine();
            popCommand(out, in, "USER bob@EXAMPLE");
            popCommand(out, in, "PASS " + PASSWORD);
            String retr = popCommand(out, in, "RETR 1");
            if (!retr.startsWith("+OK")) {
                throw new IOException("RETR refused: " + retr);
            }
            for (String l = in.readLine(); l != null && !l.equals("."); l = in.readLine()) {
                // the message body
            }
            popCommand(out, in, "QUIT");
        }
    }

    private static String popCommand(OutputStream out, BufferedReader in, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return in.readLine();
    }

    @Override
    public void close() {
        server.close();
    }
}
