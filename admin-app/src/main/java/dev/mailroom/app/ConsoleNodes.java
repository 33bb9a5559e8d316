package dev.mailroom.app;

import static dev.mailroom.app.tree.NodeContribution.under;
import static dev.mailroom.app.tree.NodeContribution.underEachPostOffice;

import dev.mailroom.app.antivirus.AntivirusNode;
import dev.mailroom.app.domain.DomainsNode;
import dev.mailroom.app.logs.LogServiceNode;
import dev.mailroom.app.mailbox.MailboxesNode;
import dev.mailroom.app.pop.Pop3Node;
import dev.mailroom.app.postoffice.PostOfficesNode;
import dev.mailroom.app.server.LocalhostNode;
import dev.mailroom.app.server.ServiceStatusNode;
import dev.mailroom.app.smtp.SmtpNode;
import dev.mailroom.app.tree.ContainerNode;
import dev.mailroom.app.tree.NodeContribution;
import dev.mailroom.app.tree.Slot;
import java.util.List;

/**
 * The one place a console node is registered: one line per node, in tree order within each slot.
 * A feature adds its node here and nowhere else (see {@code admin-app/README-nodes.md}).
 */
public final class ConsoleNodes {
    private ConsoleNodes() {
    }

    public static List<NodeContribution<?>> all() {
        return List.of(
                // The fixed shape of the tree.
                under(Slot.ROOT, () -> new ContainerNode("messaging-manager", "Messaging Manager",
                        "Post offices, their domains and mailboxes", Slot.MESSAGING_MANAGER)),
                under(Slot.ROOT, () -> new ContainerNode("servers", "Servers", "The servers this console manages", Slot.SERVERS)),
                under(Slot.MESSAGING_MANAGER, PostOfficesNode::new),
                underEachPostOffice(DomainsNode::new),
                underEachPostOffice(MailboxesNode::new),
                under(Slot.SERVERS, LocalhostNode::new),
                under(Slot.LOCALHOST, () -> new ContainerNode("connectors", "Connectors", "SMTP: receives and relays mail", Slot.CONNECTORS)),
                under(Slot.LOCALHOST, () -> new ContainerNode("agents", "Agents", "MTA: delivers queued mail", Slot.AGENTS)),
                under(Slot.LOCALHOST, () -> new ContainerNode("services", "Services", "POP and IMAP: mail clients read mail", Slot.SERVICES)),
                under(Slot.LOCALHOST, () -> new ContainerNode("filters", "Filters", "Message filter and antivirus", Slot.FILTERS)),
                under(Slot.LOCALHOST, () -> new ContainerNode("logs", "Logs", "Activity and debug logs of each service", Slot.LOGS)),

                // Features: one line each.
                under(Slot.CONNECTORS, SmtpNode::new),
                under(Slot.AGENTS, dev.mailroom.app.mta.MtaNode::new),
                under(Slot.SERVICES, Pop3Node::new),
                under(Slot.SERVICES, () -> new ServiceStatusNode("imap", "IMAP", "IMAP: mail clients read mail on the server")),
                under(Slot.FILTERS, () -> new ServiceStatusNode("message-filter", "Message Filter", "Rules applied to every message")),
                under(Slot.FILTERS, AntivirusNode::new),
                under(Slot.LOGS, () -> new LogServiceNode("SMTP", "SMTP", "SMTP connector: activity, debug and W3C logs")),
                under(Slot.LOGS, () -> new LogServiceNode("POP", "POP", "POP3 service logs")),
                under(Slot.LOGS, () -> new LogServiceNode("MTA", "MTA", "MTA (delivery agent) logs")),
                under(Slot.LOGS, () -> new LogServiceNode("SERVER", "Server", "Server-wide events"))
        );
    }
}
