package dev.mailroom.server.mta;

import dev.mailroom.core.api.ApiError;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.server.admin.AdminContext;
import dev.mailroom.server.admin.ApiModule;
import dev.mailroom.server.admin.ApiRouter;
import java.util.Map;

/**
 * The queue view's endpoints: {@code GET /mta/queue?domain=&sender=} (filtered list, counts over
 * the whole queue), and {@code POST /mta/queue/{id}/retry}, {@code .../bounce},
 * {@code DELETE /mta/queue/{id}}. The MTA's settings are the {@code mta} settings section.
 */
public final class MtaApi implements ApiModule {
    private final AdminContext context;

    public MtaApi(AdminContext context) {
        this.context = context;
    }

    @Override
    public void register(ApiRouter router) {
        router.get("/mta/queue", r -> mta().queueView(r.query("domain").orElse(""), r.query("sender").orElse("")));
        router.post("/mta/queue/{id}/retry", r -> {
            mta().retryNow(r.param("id"));
            return Map.of("id", r.param("id"), "action", "retry");
        });
        router.post("/mta/queue/{id}/bounce", r -> {
            mta().bounce(r.param("id"));
            return Map.of("id", r.param("id"), "action", "bounce");
        });
        router.delete("/mta/queue/{id}", r -> {
            mta().delete(r.param("id"));
            return null;
        });
    }

    private MtaService mta() {
        return context.services().stream().filter(MtaService.class::isInstance).map(MtaService.class::cast).findFirst()
                .orElseThrow(() -> new ApiException(503, new ApiError("unavailable", "The MTA agent is not running", null)));
    }
}
