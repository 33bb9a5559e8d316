package dev.mailroom.server.smtp;

import dev.mailroom.core.directory.MailboxRef;
import java.net.InetAddress;

/**
 * What the policy knows about a transaction when it decides on a sender or recipient.
 *
 * @param local         the server address the client connected to
 * @param authenticated the mailbox that logged in, or null
 * @param sender        the envelope sender, empty for the null sender {@code <>}
 * @param messageId     the transaction's message id, for the debug lines
 */
public record TransactionFacts(InetAddress client, InetAddress local, MailboxRef authenticated, String helo,
                               String sender, String messageId) {
}
