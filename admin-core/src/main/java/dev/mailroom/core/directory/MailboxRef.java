package dev.mailroom.core.directory;

import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.PostOfficeName;

/** Names one mailbox: MailEnable writes it as {@code [SF:POSTOFFICE/MAILBOX]} in the address map. */
public record MailboxRef(PostOfficeName postOffice, MailboxName mailbox) {
    public String addressMapTarget() {
        return "[SF:" + postOffice.value() + "/" + mailbox.value() + "]";
    }

    @Override
    public String toString() {
        return postOffice.value() + "/" + mailbox.value();
    }
}
