package dev.mailroom.server.smtp;

import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.server.dns.DnsGateSession;
import dev.mailroom.core.relay.RelaySettings;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * What Mailroom knows about one SMTP connection beyond SubEthaSMTP's session: which listener
 * it came in on, the transcript of replies for the activity log, the bytes exchanged, the
 * message being received and the mailbox that authenticated. It travels with the socket (and
 * moves to the TLS socket after STARTTLS), so every command sees the same one.
 */
public final class SmtpConnection {
    private final ListenerKind kind;
    private final InetSocketAddress local;
    private final InetSocketAddress remote;
    private final List<String> replies = new ArrayList<>();
    private final StringBuilder partialReply = new StringBuilder();
    private long bytesSent;
    private long bytesReceived;
    private volatile String messageId = "";
    private volatile MailboxRef authenticated;
    private volatile DnsGateSession dnsChecks = DnsGateSession.NONE;

    public SmtpConnection(ListenerKind kind, InetSocketAddress local, InetSocketAddress remote) {
        this.kind = kind;
        this.local = local;
        this.remote = remote;
    }

    public ListenerKind kind() {
        return kind;
    }

    public InetSocketAddress local() {
        return local;
    }

    public InetSocketAddress remote() {
        return remote;
    }

    /** Column D of the activity log: the local socket, {@code 127.0.0.1:25}. */
    public String localSocket() {
        return local.getAddress().getHostAddress() + ":" + local.getPort();
    }

    public String remoteIp() {
        return remote.getAddress().getHostAddress();
    }

    /** Called by the reply tap for every byte the server sends in clear text. */
    public synchronized void sent(byte[] b, int off, int len) {
        bytesSent += len;
        for (int i = off; i < off + len; i++) {
            char c = (char) (b[i] & 0xff);
            if (c == '\n') {
                int end = partialReply.length();
                if (end > 0 && partialReply.charAt(end - 1) == '\r') {
                    partialReply.setLength(end - 1);
                }
                replies.add(partialReply.toString());
                partialReply.setLength(0);
            } else {
                partialReply.append(c);
            }
        }
    }

    public synchronized void received(long n) {
        bytesReceived += n;
    }

    /** Counters and replies since the last call; the activity log takes one snapshot per command. */
    public synchronized Exchange takeExchange() {
        Exchange e = new Exchange(List.copyOf(replies), bytesSent, bytesReceived);
        replies.clear();
        bytesSent = 0;
        bytesReceived = 0;
        return e;
    }

    public String messageId() {
        return messageId;
    }

    public void messageId(String id) {
        this.messageId = id == null ? "" : id;
    }

    public MailboxRef authenticated() {
        return authenticated;
    }

    public void authenticated(MailboxRef mailbox) {
        this.authenticated = mailbox;
    }

    /** The account column of the activity log: {@code mailbox@postoffice} or empty. */
    public String account() {
        MailboxRef a = authenticated;
        return a == null ? "" : a.mailbox().value() + "@" + a.postOffice().value();
    }

    /** The connection's DNS checks (blacklists, PTR, sender domain), opened at connect. */
    public DnsGateSession dnsChecks() {
        return dnsChecks;
    }

    public void dnsChecks(DnsGateSession checks) {
        this.dnsChecks = checks;
    }

    /**
     * The client runs on this machine: 127.0.0.1 or ::1, the relay defaults' "applications on
     * the server" (article 25). Other 127/8 addresses count as other hosts.
     */
    public boolean fromLoopback() {
        return RelaySettings.LOOPBACK.matches(remote.getAddress());
    }

    /** The replies sent and the bytes exchanged for one command. */
    public record Exchange(List<String> replies, long bytesSent, long bytesReceived) {
        /** The final reply line (the one that decides the command's outcome). */
        public String finalReply() {
            return replies.isEmpty() ? "" : replies.get(replies.size() - 1);
        }
    }
}
