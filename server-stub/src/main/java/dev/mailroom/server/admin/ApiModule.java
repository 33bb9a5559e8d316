package dev.mailroom.server.admin;

/**
 * A feature's endpoints. Each feature (post offices, SMTP, logs, ...) registers its routes on
 * the router; the admin server knows no feature. Modules are listed in {@link ApiModules}.
 */
public interface ApiModule {
    void register(ApiRouter router);
}
