package dev.mailroom.app.logs;

import dev.mailroom.core.logs.ActivityRecord;
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
import java.time.Duration;
import java.util.OptionalInt;

/**
 * The real server on free ports with real SMTP traffic in its logs: a local delivery, a relay
 * from a privileged address (127.0.0.1) and a refused relay from 127.0.0.2. The POP and MTA
 * services have not landed, so their lines are written with the same {@link ServiceLog} they
 * will call.
 */
final class LoggedServer implements AutoCloseable {
    final RunningServer server;
    final int smtpPort;

    LoggedServer(Path dataDir) throws IOException {
        server = ServerLauncher.start(dataDir, new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.empty()),
                0, "127.0.0.1");
        smtpPort = server.listeners().stream().filter(MailService.Listener::running)
                .filter(l -> l.label().toLowerCase().contains("smtp")).mapToInt(MailService.Listener::port).findFirst()
                .orElseThrow(() -> new IllegalStateException("no SMTP listener: " + server.listeners()));
        var client = server.client();
        client.createPostOffice("EXAMPLE");
        client.addDomain("EXAMPLE", "example.test");
        client.createMailbox("EXAMPLE", "bob", "Secret-Pass-123".toCharArray(), MailboxType.USER, 0);
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

    /** What the MTA and POP services will log for a message: delivery, then the client's RETR. */
    void deliveredAndRead(String messageId) {
        Path dir = server.dataDir();
        try (ServiceLog mta = ServiceLog.open(dir, LogFileNames.MTA, Clock.systemUTC(), LogSwitches.allOn());
             // the client reads the message a second later
             ServiceLog pop = ServiceLog.open(dir, LogFileNames.POP, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(1)),
                     LogSwitches.allOn())) {
            mta.debug(messageId, "Delivered " + messageId + " to EXAMPLE/bob Inbox");
            pop.activity(new ActivityRecord(pop.now(), ActivityRecord.POP_IN, messageId, "127.0.0.1:110", "127.0.0.3",
                    "RETR", "1", "+OK 120 octets", 140, 8, "bob@EXAMPLE"));
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
