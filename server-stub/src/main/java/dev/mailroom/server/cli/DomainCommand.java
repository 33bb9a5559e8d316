package dev.mailroom.server.cli;

import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.DomainDto;
import dev.mailroom.core.api.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code domain list|add|remove}. */
@Command(name = "domain", mixinStandardHelpOptions = true, description = "List, add and remove a post office's domains.",
        subcommands = {DomainCommand.List.class, DomainCommand.Add.class, DomainCommand.Remove.class})
final class DomainCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the domains of a post office.")
    static final class List extends ApiCommand {
        @Parameters(paramLabel = "POSTOFFICE")
        String postOffice;

        @Mixin
        ListOptions list;

        @Override
        void run(AdminClient client) {
            Page<DomainDto> page = client.listDomains(postOffice, list.offset, list.limit, list.filter);
            Table t = new Table("DOMAIN", "ENABLED", "CATCH-ALL");
            page.items().forEach(d -> t.row(d.name(), d.enabled() ? "yes" : "no", d.catchAll()));
            t.print(out(), page.total());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a domain; every mailbox of the post office gets its address there.")
    static final class Add extends ApiCommand {
        @Parameters(index = "0", paramLabel = "POSTOFFICE")
        String postOffice;

        @Parameters(index = "1", paramLabel = "DOMAIN")
        String domain;

        @Override
        void run(AdminClient client) {
            DomainDto d = client.addDomain(postOffice, domain);
            out().println("Added domain " + d.name() + " to post office " + d.postOffice());
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a domain and its addresses.")
    static final class Remove extends ApiCommand {
        @Parameters(index = "0", paramLabel = "POSTOFFICE")
        String postOffice;

        @Parameters(index = "1", paramLabel = "DOMAIN")
        String domain;

        @Override
        void run(AdminClient client) {
            client.removeDomain(postOffice, domain);
            out().println("Removed domain " + domain + " from post office " + postOffice);
        }
    }
}
