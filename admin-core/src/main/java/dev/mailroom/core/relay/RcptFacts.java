package dev.mailroom.core.relay;

import dev.mailroom.core.access.IpAddressLiteral;
import dev.mailroom.core.directory.MailboxRef;
import java.net.InetAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server knows when a client sends {@code RCPT TO}: everything the decision depends on
 * besides the settings and the directory.
 *
 * @param clientIp      the remote address
 * @param localAddress  the server address the client connected to (decides whether a domain
 *                      literal {@code [1.2.3.4]} names this server); null when unknown
 * @param authenticated the mailbox the client logged in as with SMTP AUTH, if any
 * @param helo          the HELO/EHLO name, as sent (may be empty)
 * @param sender        the MAIL FROM address as sent; empty or {@code <>} is the null sender
 * @param recipient     the RCPT TO address as sent, with or without angle brackets
 */
public record RcptFacts(InetAddress clientIp, InetAddress localAddress, Optional<MailboxRef> authenticated,
                        String helo, String sender, String recipient) {
    public RcptFacts {
        Objects.requireNonNull(clientIp, "clientIp");
        authenticated = authenticated == null ? Optional.empty() : authenticated;
        helo = helo == null ? "" : helo;
        sender = sender == null ? "" : sender;
        recipient = recipient == null ? "" : recipient;
    }

    /**
     * The facts as the console's "Test relay…" dialog collects them: the client IP as typed
     * (refused with a reason for the field {@code clientIp} unless it is an IP literal).
     */
    public static RcptFacts of(String clientIp, Optional<MailboxRef> authenticated, String sender, String recipient) {
        return new RcptFacts(IpAddressLiteral.parse("clientIp", clientIp), null, authenticated, "", sender, recipient);
    }

    public RcptFacts withRecipient(String other) {
        return new RcptFacts(clientIp, localAddress, authenticated, helo, sender, other);
    }

    public RcptFacts withSender(String other) {
        return new RcptFacts(clientIp, localAddress, authenticated, helo, other, recipient);
    }

    public RcptFacts withAuthenticated(Optional<MailboxRef> other) {
        return new RcptFacts(clientIp, localAddress, other, helo, sender, recipient);
    }

    public RcptFacts withLocalAddress(InetAddress other) {
        return new RcptFacts(clientIp, other, authenticated, helo, sender, recipient);
    }
}
