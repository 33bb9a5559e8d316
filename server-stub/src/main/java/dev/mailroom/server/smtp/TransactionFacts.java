package dev.mailroom.server.smtp;

import dev.mailroom.core.directory.MailboxRef;
import java.net.InetAddress;

/**
 * What the policy knows about a transaction when it decides on a sender or recipient.
 *
 * @param authenticated the mailbox that logged in, or null
 * @param sender        the envelope sender, empty for the null sender {@code <>}
 */
public record TransactionFacts(InetAddress client, MailboxRef authenticated, String helo, String sender) {
}
