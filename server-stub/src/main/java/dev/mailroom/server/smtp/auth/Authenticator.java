package dev.mailroom.server.smtp.auth;

import dev.mailroom.core.directory.MailboxRef;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Checks a login name and password. Empty for every kind of failure (unknown name, wrong
 * password, disabled mailbox, "prevent authentication"), so the client cannot tell them apart.
 */
@FunctionalInterface
public interface Authenticator {
    /**
     * @param localAddress the server address the client connected to: a bare mailbox name
     *                     belongs to the post office bound to it (article 28)
     */
    Optional<MailboxRef> login(String loginName, char[] password, InetAddress localAddress);
}
