package dev.mailroom.server.pop3;

import dev.mailroom.core.directory.MailboxRef;

/**
 * What a session reports to the service: logins for the debug log, the auto-ban and the
 * mailbox's last-login record. Default methods do nothing so each listener takes what it needs.
 */
public interface Pop3Events {
    Pop3Events NONE = new Pop3Events() {
    };

    default void loginSucceeded(Pop3Session session, MailboxRef mailbox) {
    }

    /** @param reason why (unknown name, wrong password, disabled...), for the debug log only */
    default void loginFailed(Pop3Session session, String loginName, String reason) {
    }

    /** A connection was accepted (before the greeting). */
    default void connected(Pop3Session session) {
    }

    /**
     * One command and the status line of its answer, with the octets received and sent for it.
     * {@code args} is already redacted (PASS and AUTH responses read {@code ****}).
     */
    default void exchange(Pop3Session session, String verb, String args, String replyLine, long octetsIn,
                          long octetsOut) {
    }

    /** The connection ended; {@code reason} says how (QUIT, dropped, idle timeout, error). */
    default void disconnected(Pop3Session session, String reason) {
    }

    /** UPDATE state finished: how many messages were removed and how many could not be. */
    default void updated(Pop3Session session, MailboxRef mailbox, int removed, int failed) {
    }
}
