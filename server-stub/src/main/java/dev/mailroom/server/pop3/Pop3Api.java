package dev.mailroom.server.pop3;

import dev.mailroom.core.api.StatusDto;
import dev.mailroom.core.directory.NotFoundException;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.pop3.Pop3StatusDto;
import dev.mailroom.server.admin.AdminContext;
import dev.mailroom.server.admin.ApiModule;
import dev.mailroom.server.admin.ApiResponse;
import dev.mailroom.server.admin.ApiRouter;
import java.util.List;

/**
 * The POP3 endpoints: {@code GET /pop3} (listeners, connections now, bans),
 * {@code GET /pop3/bans} and {@code DELETE /pop3/bans/{address}} (the console's Unban).
 */
public final class Pop3Api implements ApiModule {
    private final AdminContext context;

    public Pop3Api(AdminContext context) {
        this.context = context;
    }

    @Override
    public void register(ApiRouter router) {
        router.get("/pop3", r -> status());
        router.get("/pop3/bans", r -> bans(service()));
        router.delete("/pop3/bans/{address}", r -> {
            String address = r.param("address");
            boolean lifted;
            try {
                lifted = service().bans().unban(address);
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("address", e.getMessage());
            }
            if (!lifted) {
                throw new NotFoundException("Address " + address + " is not banned");
            }
            return ApiResponse.noContent();
        });
    }

    private Pop3Service service() {
        return context.service("pop3").filter(Pop3Service.class::isInstance).map(Pop3Service.class::cast)
                .orElseThrow(() -> new NotFoundException("The POP3 service is not part of this server"));
    }

    private Pop3StatusDto status() {
        Pop3Service s = service();
        List<StatusDto.ListenerStatus> listeners = s.listeners().stream()
                .map(l -> new StatusDto.ListenerStatus(l.label(), l.address(), l.port(), l.state(), l.reason(), l.setting()))
                .toList();
        return new Pop3StatusDto(listeners, s.connectionsNow(), bans(s), s.tlsProblem());
    }

    private static List<Pop3StatusDto.BanDto> bans(Pop3Service s) {
        return s.bans().list().stream()
                .map(b -> new Pop3StatusDto.BanDto(b.address(), b.since().toString(), b.until().toString(), b.failures()))
                .toList();
    }
}
