package dev.mailroom.core.directory;

import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.PostOfficeName;

/** Names one mailbox: MailEnable writes it as {@code [SF:POSTOFFICE/MAILBOX]} in the address map. */
public record MailboxRef(PostOfficeName postOffice, MailboxName mailbox) {
    public String addressMapTarget() {
        return "[SF:" + postOffice.value() + "/" + mailbox.value() + "]";
    }

    /**
     * Not the record's default {@code 31 * po + mailbox}: numbered names (PO0001/user00001 ...)
     * shift both parts by multiples of 31, so 100,000 refs collapsed onto ~19,000 hash values.
     */
    @Override
    public int hashCode() {
        return postOffice.hashCode() * 0x9E3779B1 + mailbox.hashCode();
    }

    @Override
    public String toString() {
        return postOffice.value() + "/" + mailbox.value();
    }
}
