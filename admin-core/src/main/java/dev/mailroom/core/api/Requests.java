package dev.mailroom.core.api;

import dev.mailroom.core.model.MailboxType;
import java.util.List;

/**
 * Request bodies of the API. In the update records a null field means "leave as it is", so a
 * client changes one setting without reading and resending the rest.
 */
public final class Requests {
    private Requests() {
    }

    /** {@code POST /postoffices} and {@code POST .../domains}: {@code {"name": "..."}}. */
    public record Create(String name) {
    }

    /** {@code POST .../mailboxes}. {@code quotaKb} 0 = no limit; type defaults to USER. */
    public record CreateMailbox(String name, String password, MailboxType type, Long quotaKb) {
        @Override
        public String toString() {
            return "CreateMailbox[name=" + name + ", type=" + type + ", quotaKb=" + quotaKb + "]";
        }
    }

    /** {@code PUT /postoffices/{po}}. */
    public record PostOfficeUpdate(Boolean enabled, String boundIp) {
    }

    /** {@code PUT .../domains/{domain}}. */
    public record DomainUpdate(Boolean enabled, String catchAll, String abuseRedirect, String postmasterRedirect,
                               List<String> blacklist) {
    }

    /** {@code PUT .../mailboxes/{mailbox}}. */
    public record MailboxUpdate(MailboxType type, Long quotaKb, Boolean enabled, Boolean preventAuth,
                                List<String> redirectTo, Boolean keepLocalCopy) {
    }

    /** {@code POST .../mailboxes/{mailbox}/password}. */
    public record Password(String password) {
        @Override
        public String toString() {
            return "Password[hidden]";
        }
    }

    /** {@code POST .../mailboxes/{mailbox}/addresses}. */
    public record Address(String address) {
    }

    /** The answer to {@code DELETE /postoffices/{po}}: what went with it. */
    public record Deletion(int domains, int mailboxes, int addresses) {
    }
}
