package dev.mailroom.server.filters.antivirus;

import dev.mailroom.core.antivirus.TestVirusRequest;
import dev.mailroom.core.api.ApiError;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.config.SettingsSections;
import dev.mailroom.core.directory.NotFoundException;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.server.admin.AdminContext;
import dev.mailroom.server.admin.ApiModule;
import dev.mailroom.server.admin.ApiResponse;
import dev.mailroom.server.admin.ApiRouter;
import dev.mailroom.server.service.MailService;
import dev.mailroom.server.smtp.SmtpService;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * The antivirus endpoints (its properties are the settings section {@code antivirus}):
 * <ul>
 * <li>{@code GET /antivirus/scanners}: every configured scanner asked now (reachable, version, signature date)</li>
 * <li>{@code GET /antivirus/quarantine}, {@code GET /antivirus/quarantine/{id}/headers},
 *     {@code POST /antivirus/quarantine/{id}/release}, {@code DELETE /antivirus/quarantine/{id}}</li>
 * <li>{@code POST /antivirus/test-virus} {@code {"recipient": "..."}}: the EICAR string through the real SMTP port</li>
 * </ul>
 */
public final class AntivirusApi implements ApiModule {
    private final AdminContext context;

    public AntivirusApi(AdminContext context) {
        this.context = context;
    }

    @Override
    public void register(ApiRouter router) {
        router.get("/antivirus/scanners", r -> antivirus().probe());
        router.get("/antivirus/quarantine", r -> antivirus().quarantine().list());
        router.get("/antivirus/quarantine/{id}/headers", r -> Map.of("messageId", r.param("id"), "headers",
                antivirus().quarantine().headers(id(r.param("id"))).orElseThrow(() -> missing(r.param("id")))));
        router.post("/antivirus/quarantine/{id}/release", r -> Map.of("messageId", r.param("id"),
                "deliveredAs", antivirus().release(id(r.param("id")))));
        router.delete("/antivirus/quarantine/{id}", r -> {
            if (!antivirus().quarantine().delete(id(r.param("id")))) {
                throw missing(r.param("id"));
            }
            return ApiResponse.noContent();
        });
        router.post("/antivirus/test-virus", r -> testVirus(r.body(TestVirusRequest.class)));
    }

    private Object testVirus(TestVirusRequest req) throws IOException {
        if (req.recipient().isEmpty()) {
            throw new InvalidValueException("recipient", "Enter a local address to send the test virus to");
        }
        EmailAddress.of("recipient", req.recipient());
        SmtpService smtp = smtp();
        MailService.Listener l = smtp.listeners().stream().filter(MailService.Listener::running).findFirst()
                .orElseThrow(() -> unavailable("The SMTP service has no running listener: start it, then send the test again"));
        String host = l.address().equals("0.0.0.0") || l.address().equals("::") ? "127.0.0.1" : l.address();
        String hostName = context.server().settings().read(SettingsSections.SERVER).hostName();
        return new TestVirus(antivirus()).send(new InetSocketAddress(host, l.port()), hostName, req.recipient());
    }

    /** A quarantine id names files: anything else is a 404, never a path. */
    private static String id(String raw) {
        try {
            return Quarantine.safeId(raw);
        } catch (IllegalArgumentException e) {
            throw missing(raw);
        }
    }

    private static NotFoundException missing(String id) {
        return new NotFoundException("No quarantined message " + id);
    }

    private static ApiException unavailable(String message) {
        return new ApiException(409, new ApiError("unavailable", message, null));
    }

    private SmtpService smtp() {
        return context.services().stream().filter(SmtpService.class::isInstance).map(SmtpService.class::cast)
                .findFirst().orElseThrow(() -> unavailable("The SMTP service is not running"));
    }

    private Antivirus antivirus() {
        return smtp().filters().flatMap(f -> f.find(Antivirus.class))
                .orElseThrow(() -> unavailable("The SMTP service is stopped, and its filters with it"));
    }
}
