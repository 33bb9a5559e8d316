package dev.mailroom.server.filters.antivirus;

import dev.mailroom.core.antivirus.TestVirusResult;
import dev.mailroom.core.antivirus.TestVirusResult.Outcome;
import dev.mailroom.server.filters.FilterVerdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

/**
 * "Send test virus": the EICAR test string, sent as an ordinary client would send it, over the
 * server's own SMTP port, so the answer covers the whole path (listener, policy, filters,
 * delivery). The null sender is used so that nothing the test causes can bounce.
 */
public final class TestVirus {
    /** The EICAR anti-virus test file (eicar.org): every scanner reports it, it does nothing. */
    public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    private static final int TIMEOUT_MILLIS = (int) Duration.ofSeconds(60).toMillis();

    private final Antivirus antivirus;

    public TestVirus(Antivirus antivirus) {
        this.antivirus = antivirus;
    }

    public TestVirusResult send(InetSocketAddress smtp, String hostName, String recipient) throws IOException {
        String token = UUID.randomUUID().toString();
        String[] lines = {
            "EHLO " + hostName,
            "MAIL FROM:<>",
            "RCPT TO:<" + recipient + ">",
            "DATA",
        };
        try (Socket s = new Socket()) {
            s.connect(smtp, TIMEOUT_MILLIS);
            s.setSoTimeout(TIMEOUT_MILLIS);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = s.getOutputStream();
            String reply = reply(in);
            if (!reply.startsWith("220")) {
                return new TestVirusResult(recipient, Outcome.REFUSED, reply, "", "", "The SMTP service refused the connection.");
            }
            for (String line : lines) {
                send(out, line);
                reply = reply(in);
                char expected = line.equals("DATA") ? '3' : '2';
                if (reply.isEmpty() || reply.charAt(0) != expected) {
                    return new TestVirusResult(recipient, Outcome.REFUSED, reply, "", "",
                            "The server refused the test before the message was sent (" + line.split(" ")[0] + ").");
                }
            }
            send(out, "From: Mailroom antivirus test <postmaster@" + hostName + ">\r\n"
                    + "To: <" + recipient + ">\r\n"
                    + "Subject: Mailroom antivirus test " + token + "\r\n"
                    + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()) + "\r\n"
                    + "Message-ID: <" + token + "@" + hostName + ">\r\n"
                    + "\r\n"
                    + EICAR + "\r\n.");
            reply = reply(in);
            send(out, "QUIT");
            return interpret(recipient, reply);
        }
    }

    private TestVirusResult interpret(String recipient, String reply) {
        Optional<Antivirus.Decided> d = antivirus.latest(m -> m.sender().isEmpty() && m.recipients().equals(java.util.List.of(recipient)));
        String virus = d.map(x -> x.decision().virusName()).orElse("");
        String code = reply.length() >= 3 ? reply.substring(0, 3) : reply;
        if (code.startsWith("5")) {
            return new TestVirusResult(recipient, virus.isEmpty() ? Outcome.REFUSED : Outcome.REJECTED, reply, "", virus,
                    virus.isEmpty() ? "The server refused the message." : "Rejected during the SMTP transaction: " + virus + ".");
        }
        if (code.startsWith("4")) {
            return new TestVirusResult(recipient, Outcome.NOT_SCANNED, reply, "", "",
                    "The message could not be scanned; the sender is told to try again later.");
        }
        String id = reply.substring(reply.lastIndexOf(' ') + 1);
        Optional<Antivirus.Decided> mine = d.filter(x -> x.message().messageId().equals(id));
        if (mine.isEmpty()) {
            return new TestVirusResult(recipient, Outcome.DELIVERED, reply, id, "",
                    "Delivered: the antivirus filter is switched off.");
        }
        FilterVerdict v = mine.get().decision().verdict();
        if (v instanceof FilterVerdict.Withheld w) {
            boolean quarantined = w.where().equals("quarantine");
            return new TestVirusResult(recipient, quarantined ? Outcome.QUARANTINED : Outcome.DELETED, reply, id, virus,
                    (quarantined ? "Accepted and quarantined: " : "Accepted and deleted: ") + virus + ".");
        }
        if (!mine.get().decision().scanned()) {
            return new TestVirusResult(recipient, Outcome.NOT_SCANNED, reply, id, "",
                    "The scanners could not scan it; it was delivered marked as not scanned.");
        }
        return new TestVirusResult(recipient, Outcome.DELIVERED, reply, id, "",
                "Delivered: no scanner recognised the EICAR test string. Check the scanners' signatures.");
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The last line of a (possibly multi-line) reply; empty when the server closed the connection. */
    private static String reply(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (line.length() < 4 || line.charAt(3) != '-') {
                return line;
            }
        }
        return "";
    }
}
