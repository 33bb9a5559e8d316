package dev.mailroom.server.admin;

import dev.mailroom.server.pop3.Pop3Api;
import dev.mailroom.server.smtp.SmtpApi;
import java.util.List;
import java.util.function.Function;

/**
 * The one place an API module is registered. Adding a feature's endpoints is one line here.
 */
public final class ApiModules {
    private ApiModules() {
    }

    public static List<Function<AdminContext, ApiModule>> factories() {
        return List.of(
                StatusApi::new,
                PostOfficeApi::new,
                DomainApi::new,
                MailboxApi::new,
                SettingsApi::new,
                SmtpApi::new,
                dev.mailroom.server.logs.LogsApi::new,
                dev.mailroom.server.dns.RblApi::new,
                Pop3Api::new,
                dev.mailroom.server.filters.antivirus.AntivirusApi::new,
                dev.mailroom.server.mta.MtaApi::new
        );
    }

    /** A router holding every registered module's routes. */
    public static ApiRouter router(AdminContext context) {
        ApiRouter router = new ApiRouter();
        for (Function<AdminContext, ApiModule> factory : factories()) {
            factory.apply(context).register(router);
        }
        return router;
    }
}
