package dev.mailroom.server.pop3;

import dev.mailroom.core.directory.MailboxRef;
import java.net.InetAddress;

/**
 * Checks a login name and password for POP3. The service's implementation resolves the name
 * with the policy's login resolver (the same rules SMTP AUTH uses) and checks the hash in the
 * directory; the protocol engine knows nothing of post offices.
 */
@FunctionalInterface
public interface Pop3Authenticator {

    /**
     * @param localAddress the address the client connected to (a post office may be bound to it)
     */
    LoginResult authenticate(String loginName, char[] password, InetAddress localAddress);

    /** The outcome; a refusal's reason goes to the debug log, never to the client. */
    sealed interface LoginResult {
        record Accepted(MailboxRef mailbox) implements LoginResult {
        }

        record Refused(String reason) implements LoginResult {
        }
    }
}
