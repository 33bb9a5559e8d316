package dev.mailroom.core.relay;

import dev.mailroom.core.access.IpAddressLiteral;
import dev.mailroom.core.auth.AlternateAtCharacters;
import dev.mailroom.core.auth.LoginResolver;
import dev.mailroom.core.auth.LoginResult;
import dev.mailroom.core.config.ServerSettings;
import dev.mailroom.core.directory.Directory;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.InvalidValueException;
import java.util.Optional;

/**
 * The Relay tab's "Test relay…": the fields a person types, checked one by one (an error names
 * its field so the dialog can show it beside that field), then the very {@link RelayPolicy}
 * the server runs. Nothing is sent anywhere.
 */
public final class RelayTester {
    private final Directory directory;
    private final RelayPolicy policy;
    private final ServerSettings server;

    public RelayTester(Directory directory, RelaySettings relay, SecuritySettings security, ServerSettings server) {
        this.directory = directory;
        this.server = server == null ? ServerSettings.defaults() : server;
        this.policy = RelayPolicy.of(directory, relay, security, this.server);
    }

    /**
     * @param clientIp        the client's IP address (field {@code clientIp})
     * @param authenticatedAs a login name as the client would send it with AUTH, or blank for a
     *                        client that did not log in (field {@code authenticatedAs}); a
     *                        dialog with an "authenticated" tick box can pass the sender address
     * @param sender          MAIL FROM, blank for the null sender
     * @param recipient       RCPT TO (field {@code recipient})
     * @throws InvalidValueException naming the field that cannot be tested as typed
     */
    public RcptDecision test(String clientIp, String authenticatedAs, String sender, String recipient) {
        var ip = IpAddressLiteral.parse("clientIp", clientIp);
        Optional<MailboxRef> who = Optional.empty();
        if (authenticatedAs != null && !authenticatedAs.isBlank()) {
            LoginResult login = new LoginResolver(directory, server.defaultPostOffice(), AlternateAtCharacters.NONE)
                    .resolve(authenticatedAs, null);
            if (!login.succeeded()) {
                throw new InvalidValueException("authenticatedAs", login.reason());
            }
            who = login.mailbox();
        }
        if (recipient == null || recipient.isBlank()) {
            throw new InvalidValueException("recipient", "Recipient address is required");
        }
        return policy.decide(new RcptFacts(ip, null, who, "", sender, recipient));
    }
}
