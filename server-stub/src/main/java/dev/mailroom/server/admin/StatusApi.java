package dev.mailroom.server.admin;

import dev.mailroom.core.api.StatusDto;
import dev.mailroom.server.ServerVersion;
import dev.mailroom.server.service.MailService;
import java.time.Duration;

/** {@code GET /status}: version, uptime and every service's listeners. */
final class StatusApi implements ApiModule {
    private final AdminContext context;

    StatusApi(AdminContext context) {
        this.context = context;
    }

    @Override
    public void register(ApiRouter router) {
        router.get("/status", r -> status());
    }

    StatusDto status() {
        long uptime = Duration.between(context.startedAt(), context.server().clock().instant()).toSeconds();
        return new StatusDto(ServerVersion.get(), Math.max(0, uptime),
                context.services().stream().map(StatusApi::service).toList());
    }

    private static StatusDto.ServiceStatus service(MailService s) {
        return new StatusDto.ServiceStatus(s.name(), s.listeners().stream()
                .map(l -> new StatusDto.ListenerStatus(l.label(), l.address(), l.port(), l.state(), l.reason(),
                        l.setting()))
                .toList());
    }
}
