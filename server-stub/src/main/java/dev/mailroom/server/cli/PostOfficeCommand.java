package dev.mailroom.server.cli;

import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.Page;
import dev.mailroom.core.api.PostOfficeDto;
import dev.mailroom.core.api.Requests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code postoffice list|add|remove}. */
@Command(name = "postoffice", mixinStandardHelpOptions = true, description = "List, add and remove post offices.",
        subcommands = {PostOfficeCommand.List.class, PostOfficeCommand.Add.class, PostOfficeCommand.Remove.class})
final class PostOfficeCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List post offices.")
    static final class List extends ApiCommand {
        @Mixin
        ListOptions list;

        @Override
        void run(AdminClient client) {
            Page<PostOfficeDto> page = client.listPostOffices(list.offset, list.limit, list.filter);
            Table t = new Table("NAME", "ENABLED", "DOMAINS", "MAILBOXES");
            page.items().forEach(p -> t.row(p.name(), p.enabled() ? "yes" : "no", p.domainCount(), p.mailboxCount()));
            t.print(out(), page.total());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create a post office.")
    static final class Add extends ApiCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(AdminClient client) {
            out().println("Created post office " + client.createPostOffice(name).name());
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Delete a post office with its domains, mailboxes and addresses.")
    static final class Remove extends ApiCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(AdminClient client) {
            Requests.Deletion d = client.deletePostOffice(name);
            out().println("Removed post office " + name + " with " + d.domains() + " domain(s), " + d.mailboxes()
                    + " mailbox(es) and " + d.addresses() + " address(es)");
        }
    }
}
