package dev.mailroom.server.cli;

import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.MailboxDto;
import dev.mailroom.core.api.Page;
import dev.mailroom.core.model.MailboxType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mailbox list|add|remove|set-password}. Passwords come from standard input or a prompt. */
@Command(name = "mailbox", mixinStandardHelpOptions = true,
        description = "List, add and remove mailboxes, and set their passwords.",
        subcommands = {MailboxCommand.List.class, MailboxCommand.Add.class, MailboxCommand.Remove.class,
                MailboxCommand.SetPassword.class})
final class MailboxCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the mailboxes of a post office.")
    static final class List extends ApiCommand {
        @Parameters(paramLabel = "POSTOFFICE")
        String postOffice;

        @Mixin
        ListOptions list;

        @Override
        void run(AdminClient client) {
            Page<MailboxDto> page = client.listMailboxes(postOffice, list.offset, list.limit, list.filter);
            Table t = new Table("MAILBOX", "TYPE", "ENABLED", "QUOTA-KB", "SIZE", "ADDRESSES");
            page.items().forEach(m -> t.row(m.name(), m.type(), m.enabled() ? "yes" : "no",
                    m.quotaKb() == 0 ? "none" : m.quotaKb(), m.sizeBytes(), String.join(",", m.addresses())));
            t.print(out(), page.total());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create a mailbox; it gets an address in every domain of its post office. "
                    + "The password is read from standard input or asked for.")
    static final class Add extends ApiCommand {
        @Parameters(index = "0", paramLabel = "POSTOFFICE")
        String postOffice;

        @Parameters(index = "1", paramLabel = "MAILBOX")
        String name;

        @Option(names = "--type", defaultValue = "USER", description = "USER, ADMIN or SYSADMIN (default: ${DEFAULT-VALUE})")
        MailboxType type;

        @Option(names = "--quota-kb", paramLabel = "KB", defaultValue = "0", description = "Quota in KiB, 0 for none")
        long quotaKb;

        @Override
        void run(AdminClient client) throws Exception {
            char[] password = PasswordInput.read("Password for " + name);
            try {
                MailboxDto m = client.createMailbox(postOffice, name, password, type, quotaKb);
                out().println("Created mailbox " + m.postOffice() + "/" + m.name() + " with addresses "
                        + String.join(", ", m.addresses()));
            } finally {
                PasswordInput.wipe(password);
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Delete a mailbox and its addresses.")
    static final class Remove extends ApiCommand {
        @Parameters(index = "0", paramLabel = "POSTOFFICE")
        String postOffice;

        @Parameters(index = "1", paramLabel = "MAILBOX")
        String name;

        @Override
        void run(AdminClient client) {
            client.deleteMailbox(postOffice, name);
            out().println("Removed mailbox " + postOffice + "/" + name);
        }
    }

    @Command(name = "set-password", mixinStandardHelpOptions = true,
            description = "Set a mailbox's password, read from standard input or asked for.")
    static final class SetPassword extends ApiCommand {
        @Parameters(index = "0", paramLabel = "POSTOFFICE")
        String postOffice;

        @Parameters(index = "1", paramLabel = "MAILBOX")
        String name;

        @Override
        void run(AdminClient client) throws Exception {
            char[] password = PasswordInput.read("New password for " + name);
            try {
                client.setPassword(postOffice, name, password);
                out().println("Password of " + postOffice + "/" + name + " changed");
            } finally {
                PasswordInput.wipe(password);
            }
        }
    }
}
