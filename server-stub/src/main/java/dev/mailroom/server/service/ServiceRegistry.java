package dev.mailroom.server.service;

import dev.mailroom.server.ServerContext;
import dev.mailroom.server.pop3.Pop3Service;
import dev.mailroom.server.smtp.SmtpService;
import java.util.List;
import java.util.function.Function;

/**
 * The one place a network service is registered. The launcher starts them in this order and
 * stops them in reverse. Adding a service is one line here.
 */
public final class ServiceRegistry {
    private ServiceRegistry() {
    }

    public static List<Function<ServerContext, MailService>> factories() {
        return List.of(
                SmtpService::new,
                Pop3Service::new,
                dev.mailroom.server.mta.MtaService::new
        );
    }
}
