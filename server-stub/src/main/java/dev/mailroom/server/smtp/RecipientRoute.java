package dev.mailroom.server.smtp;

import dev.mailroom.core.directory.MailboxRef;

/** Where an accepted recipient's copy goes: a local mailbox or the outbound queue. */
public sealed interface RecipientRoute {
    record Local(MailboxRef mailbox, String address) implements RecipientRoute {
    }

    record Remote(String address) implements RecipientRoute {
    }
}
