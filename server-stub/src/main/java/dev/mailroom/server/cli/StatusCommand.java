package dev.mailroom.server.cli;

import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.StatusDto;
import picocli.CommandLine.Command;

/** {@code status}: the running server's version, uptime and every listener with its state. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the running server's services and whether each listener is up (and if not, why).")
final class StatusCommand extends ApiCommand {
    @Override
    void run(AdminClient client) {
        StatusDto status = client.status();
        out().println("Mailroom " + status.version() + ", up " + status.uptimeSeconds() + " s");
        Table t = new Table("SERVICE", "LISTENER", "ADDRESS", "STATE", "REASON");
        long n = 0;
        for (StatusDto.ServiceStatus s : status.services()) {
            for (StatusDto.ListenerStatus l : s.listeners()) {
                t.row(s.name(), l.label(), l.address() + ":" + l.port(), l.state(),
                        l.reason().isEmpty() ? "" : l.reason() + " (change " + l.setting() + ")");
                n++;
            }
        }
        t.print(out(), n);
    }
}
