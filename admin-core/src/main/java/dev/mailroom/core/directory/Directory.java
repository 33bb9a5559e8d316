package dev.mailroom.core.directory;

import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.PostOfficeName;
import java.util.List;
import java.util.Optional;

/**
 * Read access to post offices, domains, mailboxes and the address map. Implementations answer
 * from memory (the SMTP and POP3 servers ask on every command) and are safe to call from many
 * threads; each call sees one consistent version of the configuration.
 */
public interface Directory {
    List<PostOffice> postOffices();

    Optional<PostOffice> postOffice(PostOfficeName name);

    List<Domain> domainsOf(PostOfficeName postOffice);

    /** The domain wherever it is served, or empty when no post office serves it. */
    Optional<Domain> domain(DomainName name);

    List<Mailbox> mailboxesOf(PostOfficeName postOffice);

    Optional<Mailbox> mailbox(PostOfficeName postOffice, MailboxName name);

    default Optional<Mailbox> mailbox(MailboxRef ref) {
        return mailbox(ref.postOffice(), ref.mailbox());
    }

    /** The mailbox a literal address is mapped to ({@code [SMTP:a@b] -> [SF:PO/MB]}), if any. */
    Optional<MailboxRef> resolve(EmailAddress address);

    /** Every address mapped to the mailbox, sorted. */
    List<EmailAddress> addressesOf(MailboxRef mailbox);
}
