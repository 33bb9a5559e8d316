package dev.mailroom.server.smtp;

import dev.mailroom.core.smtp.Reply;
import dev.mailroom.server.dns.DnsGateSession;
import dev.mailroom.server.smtp.wire.Connections;
import dev.mailroom.server.store.MessageStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.Session;

/**
 * One mail transaction (MAIL to the end of DATA) of one session. SubEthaSMTP parses the
 * commands; this class asks the policy about the sender and every recipient and answers with
 * the reply the policy chose, then spools and delivers the message. {@code 250} is sent only
 * after {@link Delivery} returned, i.e. after every copy is fsynced.
 */
final class SmtpTransaction implements MessageHandler {
    private final Session session;
    private final SmtpConnection connection;
    private final SessionRules rules;
    private final RecipientPolicy policy;
    private final Delivery delivery;
    private final Path spoolDir;
    private final SmtpLog log;
    private final Clock clock;
    private final String id;
    private final List<RecipientRoute> routes = new ArrayList<>();
    private final List<String> recipients = new ArrayList<>();
    private String sender = "";
    private Path spool;

    SmtpTransaction(Session session, SessionRules rules, RecipientPolicy policy, Delivery delivery, Path spoolDir,
                    SmtpLog log, Clock clock, MessageIds ids) {
        this.session = session;
        this.connection = Connections.of(session);
        this.rules = rules;
        this.policy = policy;
        this.delivery = delivery;
        this.spoolDir = spoolDir;
        this.log = log;
        this.clock = clock;
        this.id = ids.next();
        connection.messageId(id);
    }

    private TransactionFacts facts() {
        return new TransactionFacts(connection.remote().getAddress(), connection.local().getAddress(),
                connection.authenticated(), session.getHelo().orElse(""), sender, id);
    }

    @Override
    public void from(String from) throws RejectException {
        sender = from == null ? "" : from;
        Optional<Reply> refusal = policy.checkSender(facts());
        if (refusal.isPresent()) {
            throw reject(refusal.get());
        }
        // Article 24: the client's PTR record and the sender's domain, when those checks are on.
        Optional<Reply> dns = connection.dnsChecks().onMailFrom(session.getHelo().orElse(null),
                DnsGateSession.senderDomain(sender), connection.authenticated() != null);
        if (dns.isPresent()) {
            log.debug(id, "Sender Denied: (" + sender + ") " + dns.get());
            throw reject(dns.get());
        }
    }

    @Override
    public void recipient(String recipient) throws RejectException {
        // Article 4: a blacklisted client is refused at RCPT in the blacklists' mode 1.
        Optional<Reply> listed = connection.dnsChecks().onRcpt(connection.authenticated() != null);
        if (listed.isPresent()) {
            log.debug(id, "Recipient Denied: (" + recipient + ") " + listed.get());
            throw reject(listed.get());
        }
        RecipientDecision d = policy.decide(facts(), recipient);
        d.debugLines().forEach(line -> log.debug(id, line));
        if (d.refusal().isPresent()) {
            throw reject(d.refusal().get());
        }
        routes.add(d.route().orElseThrow());
        recipients.add(recipient);
    }

    @Override
    public String data(InputStream data) throws RejectException, IOException {
        Socket socket = session.getSocket();
        socket.setSoTimeout(rules.settings().limits().dataTimeoutSeconds() * 1000);
        try {
            Files.createDirectories(spoolDir);
            spool = spoolDir.resolve(id + ".tmp");
            Instant now = clock.instant();
            byte[] headers = TraceHeaders.of(sender, session.getHelo().orElse(""), connection.remoteIp(),
                    rules.hostName(), session.isTLSStarted(), connection.authenticated() != null, id,
                    recipients.size() == 1 ? recipients.get(0) : null, now.atZone(clock.getZone()));
            headers = withSpamMark(headers);
            MessageSpool.Result r = MessageSpool.write(data, spool, headers, rules.settings().limits().maxMessageBytes());
            connection.received(r.bytesRead() + 3);
            if (r.tooBig()) {
                log.debug(id, "Message refused: larger than the limit of " + rules.settings().limits().maxMessageSizeKb() + " KB");
                throw new RejectException(552, "5.3.4 Message size exceeds fixed maximum message size");
            }
            Delivery.Outcome out;
            try {
                out = delivery.deliver(id, sender, routes, spool, r.size(), now, connection.remoteIp(), connection.account());
            } catch (IOException e) {
                // A disk problem: the client keeps the message and retries later.
                log.debug(id, "Delivery failed: " + e);
                throw new RejectException(451, "4.3.0 Local error in processing, try again later");
            }
            log.debug(id, "Message (" + id + ") accepted from " + connection.remoteIp() + ": " + r.size() + " bytes, "
                    + out.mailboxes().size() + " mailbox(es), " + out.queued().size() + " queued");
            return "2.0.0 Ok: queued as " + id;
        } catch (MessageStore.QuotaExceededException e) {
            throw new RejectException(452, "4.2.2 Mailbox full: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            socket.setSoTimeout(rules.settings().limits().commandTimeoutSeconds() * 1000);
        }
    }

    @Override
    public void done() {
        if (spool != null) {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                log.debug(id, "Could not remove spool file " + spool + ": " + e.getMessage());
            }
        }
        connection.messageId("");
    }

    /** Mark mode: a listed client's message gets the {@code X-Mailroom-RBL:} header on top. */
    private byte[] withSpamMark(byte[] headers) {
        Optional<String> mark = connection.dnsChecks().spamHeader(connection.authenticated() != null);
        if (mark.isEmpty()) {
            return headers;
        }
        byte[] line = (mark.get() + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] out = java.util.Arrays.copyOf(headers, headers.length + line.length);
        System.arraycopy(line, 0, out, headers.length, line.length);
        return out;
    }

    private static RejectException reject(Reply reply) {
        return new RejectException(reply.code(), reply.message());
    }
}
