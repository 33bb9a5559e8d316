package dev.mailroom.server.smtp;

import dev.mailroom.core.auth.AlternateAtCharacters;
import dev.mailroom.core.auth.LoginResolver;
import dev.mailroom.core.auth.LoginResult;
import dev.mailroom.core.config.SettingsSections;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.relay.RcptDecision;
import dev.mailroom.core.relay.RcptFacts;
import dev.mailroom.core.smtp.OutboundQueueDto;
import dev.mailroom.core.smtp.RelayTestRequest;
import dev.mailroom.core.smtp.RelayTestResult;
import dev.mailroom.core.tls.CertificateInfo;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.admin.AdminContext;
import dev.mailroom.server.admin.ApiModule;
import dev.mailroom.server.admin.ApiRouter;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The SMTP connector's endpoints beyond its settings sections:
 * {@code POST /smtp/relay-test} (the console's "Test relay…", computed by the policy function
 * the server itself calls), {@code GET /smtp/queue/outbound} and {@code GET /smtp/tls}.
 */
public final class SmtpApi implements ApiModule {
    static final String REMOTE_DELIVERY_NOTE =
            "Remote delivery is not active yet: queued messages wait in Queues/Outbound until the MTA is installed.";
    private final AdminContext context;

    public SmtpApi(AdminContext context) {
        this.context = context;
    }

    @Override
    public void register(ApiRouter router) {
        router.post("/smtp/relay-test", r -> relayTest(r.body(RelayTestRequest.class)));
        router.get("/smtp/queue/outbound", r -> outbound());
        router.get("/smtp/tls", r -> tls());
    }

    RelayTestResult relayTest(RelayTestRequest req) {
        ServerContext server = context.server();
        if (req.recipient().isEmpty()) {
            throw new InvalidValueException("recipient", "Enter the recipient address to test");
        }
        Optional<MailboxRef> who = Optional.empty();
        if (!req.authenticatedAs().isEmpty()) {
            LoginResult login = new LoginResolver(server.directory(),
                    server.settings().read(SettingsSections.SERVER).defaultPostOffice(), AlternateAtCharacters.NONE)
                    .resolve(req.authenticatedAs(), null);
            if (!login.succeeded()) {
                throw new InvalidValueException("authenticatedAs", login.reason());
            }
            who = login.mailbox();
        }
        RcptDecision d = PolicyAdapter.current(server.directory(), server.settings())
                .decide(RcptFacts.of(req.clientIp(), who, req.sender(), req.recipient()));
        return new RelayTestResult(d.verdict().name(), d.accepted(), d.reply().toString(), d.deliverTo(),
                d.mailboxes().stream().map(MailboxRef::toString).toList(), d.log());
    }

    OutboundQueueDto outbound() throws IOException {
        boolean mta = context.services().stream().anyMatch(s -> s.name().equals("mta"));
        return new OutboundQueueDto(mta, mta ? "" : REMOTE_DELIVERY_NOTE, new OutboundQueue(context.server().dataDir()).list()
                .stream().map(e -> new OutboundQueueDto.Item(e.id(), e.sender(), e.recipients(), e.received(),
                        e.clientIp(), e.authenticated(), e.size())).toList());
    }

    Object tls() {
        Optional<SmtpService> smtp = context.services().stream().filter(SmtpService.class::isInstance)
                .map(SmtpService.class::cast).findFirst();
        Optional<CertificateInfo> cert = smtp.flatMap(SmtpService::certificate);
        String problem = smtp.map(SmtpService::tlsProblem).orElse("The SMTP service is not running");
        return cert.<Object>map(c -> c).orElseGet(() -> Map.of("problem", problem));
    }
}
