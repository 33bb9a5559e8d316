package dev.mailroom.server.dns;

import dev.mailroom.core.dns.DnsClient;
import dev.mailroom.core.dns.IpLiteral;
import dev.mailroom.core.dns.rbl.RblChecker;
import dev.mailroom.core.dns.rbl.RblSettings;
import dev.mailroom.core.dns.rbl.RblTestReport;
import dev.mailroom.core.dns.rbl.RblTestRequest;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.server.admin.AdminContext;
import dev.mailroom.server.admin.ApiModule;
import dev.mailroom.server.admin.ApiRouter;
import java.net.InetAddress;

/**
 * {@code POST /rbl/test}: the console's Test… and "Check this server" buttons. The lookup runs
 * through {@link RblChecker}, the code the SMTP server runs, with a fresh {@link DnsClient} so
 * the administrator sees what the lists say now rather than a cached answer.
 */
public final class RblApi implements ApiModule {
    private final AdminContext context;

    public RblApi(AdminContext context) {
        this.context = context;
    }

    @Override
    public void register(ApiRouter router) {
        router.post(RblTestRequest.PATH, r -> test(r.body(RblTestRequest.class)));
    }

    RblTestReport test(RblTestRequest request) {
        if (request.ip() == null || request.ip().isBlank()) {
            throw new InvalidValueException("ip", "Enter the IP address to look up");
        }
        InetAddress ip = IpLiteral.parse("ip", request.ip());
        RblSettings settings = request.settings() != null
                ? request.settings()
                : context.server().settings().read(RblSettings.SECTION);
        RblChecker checker = new RblChecker(DnsClient.standard());
        var verdict = request.allProviders()
                ? checker.check(ip, settings, settings.providers()).join()
                : checker.check(ip, settings).join();
        return RblTestReport.of(verdict);
    }
}
