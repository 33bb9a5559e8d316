package dev.mailroom.core.directory;

import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import java.util.List;

/**
 * A mailbox. The password is held only as a {@link PasswordHasher} hash string.
 *
 * @param quotaKb        storage limit in KiB, 0 for none
 * @param preventAuth    the mailbox receives mail but cannot log in (SMTP AUTH, POP3)
 * @param redirectTo     addresses every message is forwarded to, empty for none
 * @param keepLocalCopy  with a redirection, also keep the message in this mailbox
 */
public record Mailbox(PostOfficeName postOffice, MailboxName name, String passwordHash, MailboxType type,
                      long quotaKb, boolean enabled, boolean preventAuth,
                      List<EmailAddress> redirectTo, boolean keepLocalCopy) {
    public Mailbox {
        redirectTo = redirectTo == null ? List.of() : List.copyOf(redirectTo);
        passwordHash = passwordHash == null ? "" : passwordHash;
        type = type == null ? MailboxType.USER : type;
    }

    public MailboxRef ref() {
        return new MailboxRef(postOffice, name);
    }

    /** The same mailbox without its password hash, for anything that leaves the server. */
    public Mailbox withoutSecret() {
        return new Mailbox(postOffice, name, "", type, quotaKb, enabled, preventAuth, redirectTo, keepLocalCopy);
    }
}
