package dev.mailroom.core.api;

import dev.mailroom.core.model.MailboxType;
import java.time.Instant;
import java.util.List;

/**
 * A mailbox as the API shows it. It has no password field on purpose: nothing that leaves the
 * server carries a password or its hash.
 *
 * @param quotaKb   storage limit in KiB, 0 for none
 * @param addresses every address mapped to the mailbox, sorted
 * @param sizeBytes bytes its folders use in the message store
 * @param lastLogin last successful login, null when never (or not recorded)
 */
public record MailboxDto(String postOffice, String name, MailboxType type, long quotaKb, boolean enabled,
                         boolean preventAuth, List<String> addresses, List<String> redirectTo,
                         boolean keepLocalCopy, long sizeBytes, Instant lastLogin) {
    public MailboxDto {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        redirectTo = redirectTo == null ? List.of() : List.copyOf(redirectTo);
    }
}
