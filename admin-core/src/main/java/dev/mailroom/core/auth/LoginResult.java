package dev.mailroom.core.auth;

import dev.mailroom.core.directory.MailboxRef;
import java.util.Optional;

/**
 * The outcome of resolving a login name: the mailbox, or one failure. The reason is for the
 * server's debug log only; the client gets the same answer whichever part was wrong
 * ({@code 535 5.7.8}, {@code -ERR}), so a guesser learns nothing about which names exist.
 */
public record LoginResult(Optional<MailboxRef> mailbox, String reason) {
    public LoginResult {
        mailbox = mailbox == null ? Optional.empty() : mailbox;
        reason = reason == null ? "" : reason;
    }

    static LoginResult success(MailboxRef ref, String how) {
        return new LoginResult(Optional.of(ref), how);
    }

    static LoginResult failure(String reason) {
        return new LoginResult(Optional.empty(), reason);
    }

    public boolean succeeded() {
        return mailbox.isPresent();
    }
}
