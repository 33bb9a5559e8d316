package dev.mailroom.core.directory;

import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;

/**
 * The directory with its changes. Every method is one atomic change of the stored configuration:
 * it is on disk (crash-safe) when the method returns, and readers see either all of it or none.
 *
 * <p>Failures: {@link NotFoundException} for a missing post office, domain or mailbox;
 * {@link DuplicateException} for a name that exists (compared case-insensitively);
 * {@link dev.mailroom.core.model.InvalidValueException} for a value that does not fit.
 */
public interface DirectoryStore extends Directory {
    PostOffice createPostOffice(PostOfficeName name);

    /** Changes enabled and bound IP; the name is the key and cannot change. */
    PostOffice updatePostOffice(PostOffice postOffice);

    /** Removes the post office with its domains, mailboxes and addresses, in one change. */
    DeletionSummary deletePostOffice(PostOfficeName name);

    /** Adds the domain and gives every existing mailbox of the post office its address there. */
    Domain addDomain(PostOfficeName postOffice, DomainName domain);

    /** Changes a domain's settings (enabled, catch-all, redirections, blacklist). */
    Domain updateDomain(Domain domain);

    /** Removes the domain and the addresses in it. */
    void removeDomain(PostOfficeName postOffice, DomainName domain);

    /** Creates the mailbox with {@code <mailbox>@<domain>} for every domain of its post office. */
    Mailbox createMailbox(PostOfficeName postOffice, MailboxName name, char[] password, MailboxType type, long quotaKb);

    /** Changes type, quota, enabled, prevent-auth and redirection; keeps the stored password hash. */
    Mailbox updateMailbox(Mailbox mailbox);

    void setPassword(MailboxRef mailbox, char[] password);

    /** Removes the mailbox and its addresses. */
    void deleteMailbox(MailboxRef mailbox);

    void addAddress(MailboxRef mailbox, EmailAddress address);

    void removeAddress(MailboxRef mailbox, EmailAddress address);

    /** Constant-time check of a password against the stored hash; false for an unknown mailbox. */
    boolean checkPassword(MailboxRef mailbox, char[] password);

    /** What a post office deletion removed, for the confirmation text and the API answer. */
    record DeletionSummary(int domains, int mailboxes, int addresses) {
    }
}
