package dev.mailroom.server.admin;

import dev.mailroom.server.ServerContext;
import dev.mailroom.server.service.MailService;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an {@link ApiModule} may use: the server's shared context, its running services (a
 * module finds its own by name, e.g. {@code smtp} for the queue endpoints) and when it started.
 */
public record AdminContext(ServerContext server, List<MailService> services, Instant startedAt) {
    public AdminContext {
        services = List.copyOf(services);
    }

    public Optional<MailService> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
