package dev.mailroom.server.smtp;

import dev.mailroom.core.config.ServerSettings;
import dev.mailroom.core.config.SettingsSections;
import dev.mailroom.core.config.SettingsStore;
import dev.mailroom.core.directory.Directory;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.core.relay.RcptDecision;
import dev.mailroom.core.relay.RcptFacts;
import dev.mailroom.core.relay.RelayPolicy;
import dev.mailroom.core.relay.SenderDecision;
import dev.mailroom.core.smtp.Reply;
import dev.mailroom.core.smtp.SmtpSections;
import java.util.Optional;

/**
 * Connects the SMTP session to admin-core's {@link RelayPolicy}, the same pure function the
 * console's "Test relay…" calls. Settings are read for every decision (from memory), so a change
 * on the Relay or Security tab applies to the next command.
 */
final class PolicyAdapter implements RecipientPolicy {
    private final Directory directory;
    private final SettingsStore settings;
    private final SmtpLog log;

    PolicyAdapter(Directory directory, SettingsStore settings, SmtpLog log) {
        this.directory = directory;
        this.settings = settings;
        this.log = log;
    }

    private RelayPolicy policy() {
        return current(directory, settings);
    }

    /** The policy with the settings of this moment; the API's relay tester builds it the same way. */
    static RelayPolicy current(Directory directory, SettingsStore settings) {
        ServerSettings server = settings.read(SettingsSections.SERVER);
        Optional<PostOfficeName> defaultPo = server.defaultPostOffice().isEmpty()
                ? Optional.empty() : Optional.of(PostOfficeName.of(server.defaultPostOffice()));
        return new RelayPolicy(directory, settings.read(SmtpSections.RELAY), settings.read(SmtpSections.SECURITY),
                defaultPo);
    }

    @Override
    public Optional<Reply> checkSender(TransactionFacts facts) {
        SenderDecision d = policy().checkSender(facts.client(), Optional.ofNullable(facts.authenticated()), facts.sender());
        d.log().forEach(line -> log.debug(facts.messageId(), line));
        return d.accepted() ? Optional.empty() : Optional.of(d.reply());
    }

    @Override
    public RecipientDecision decide(TransactionFacts facts, String recipient) {
        RcptDecision d = policy().decideRcpt(new RcptFacts(facts.client(), facts.local(),
                Optional.ofNullable(facts.authenticated()), facts.helo(), facts.sender(), recipient));
        if (!d.accepted()) {
            return new RecipientDecision(Optional.of(d.reply()), Optional.empty(), d.log());
        }
        RecipientRoute route = switch (d.verdict()) {
            case LOCAL -> d.mailboxes().isEmpty()
                    // Accepted for a local domain without such a recipient (Force Inbound Resolution
                    // off): the MTA returns it to the sender as undeliverable.
                    ? new RecipientRoute.Remote(d.deliverTo())
                    : new RecipientRoute.Local(d.mailboxes().get(0), d.deliverTo());
            case RELAY -> new RecipientRoute.Remote(d.deliverTo());
            case DENY -> throw new IllegalStateException("refusals are handled above");
        };
        return new RecipientDecision(Optional.empty(), Optional.of(route), d.log());
    }

}
