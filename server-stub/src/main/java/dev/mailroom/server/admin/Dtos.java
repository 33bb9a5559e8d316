package dev.mailroom.server.admin;

import dev.mailroom.core.api.DomainDto;
import dev.mailroom.core.api.MailboxDto;
import dev.mailroom.core.api.PostOfficeDto;
import dev.mailroom.core.directory.Directory;
import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.server.store.MessageStore;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns directory records into the API's DTOs; the only place a mailbox leaves without its hash. */
final class Dtos {
    private static final Logger LOG = LoggerFactory.getLogger(Dtos.class);
    private final Directory directory;
    private final MessageStore messages;

    Dtos(Directory directory, MessageStore messages) {
        this.directory = directory;
        this.messages = messages;
    }

    PostOfficeDto postOffice(PostOffice po) {
        return new PostOfficeDto(po.name().value(), po.enabled(), po.boundIp(),
                directory.domainsOf(po.name()).size(), directory.mailboxesOf(po.name()).size());
    }

    static DomainDto domain(Domain d) {
        return new DomainDto(d.name().value(), d.postOffice().value(), d.enabled(), d.catchAll(), d.abuseRedirect(),
                d.postmasterRedirect(), d.blacklist());
    }

    MailboxDto mailbox(Mailbox m) {
        long size = 0;
        if (messages != null) {
            try {
                size = messages.usedBytes(m.ref());
            } catch (IOException e) {
                // The size column is informative; a folder that cannot be read must not fail the list.
                LOG.warn("Cannot measure mailbox {}: {}", m.ref(), e.toString());
            }
        }
        return new MailboxDto(m.postOffice().value(), m.name().value(), m.type(), m.quotaKb(), m.enabled(),
                m.preventAuth(), directory.addressesOf(m.ref()).stream().map(EmailAddress::toString).toList(),
                m.redirectTo().stream().map(EmailAddress::toString).toList(), m.keepLocalCopy(), size, null);
    }
}
