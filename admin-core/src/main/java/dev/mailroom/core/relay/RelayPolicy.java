package dev.mailroom.core.relay;

import dev.mailroom.core.config.ServerSettings;
import dev.mailroom.core.directory.Directory;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.core.smtp.Replies;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may deliver locally and who may relay, decided exactly as knowledge base article 10
 * describes, as a pure function of the connection facts, the Relay and Security settings and
 * the directory. The SMTP server calls it for every MAIL FROM and RCPT TO; the console's
 * "Test relay…" calls {@link #decide} with the same settings, so both show the same verdict and
 * the same debug lines.
 *
 * <p>The RCPT rules run in article 10's order, each answering OK, DENY or DECLINED:
 * <ol>
 *   <li>sender blacklisting ({@link SenderBlacklistRule});</li>
 *   <li>Mailroom's checks for disabled domains and domain literals;</li>
 *   <li>local recipients: postmaster, literal address, catch-all, then Force Inbound
 *       Resolution or "locally serviced";</li>
 *   <li>relay: relaying enabled, local sender, privileged IP, authenticated, anybody, and
 *       finally "failed to meet all relay criteria".</li>
 * </ol>
 * Cheap to build: make one per connection from the current settings.
 */
public final class RelayPolicy implements RelayDecider {
    /** Article 10's order. The last rule always decides. */
    static final List<RcptRule> RULES = List.of(
            new SenderBlacklistRule(),
            new DisabledDomainRule(),
            new DomainLiteralRule(),
            new PostmasterRule(),
            new AddressMapRule(),
            new CatchAllRule(),
            new LocalDomainRule(),
            new RelayEnabledRule(),
            new LocalSenderRelayRule(),
            new PrivilegedIpRelayRule(),
            new AuthenticatedRelayRule(),
            new AnyoneRelayRule(),
            new NoRelayCriteriaRule());

    private final Directory directory;
    private final RelaySettings relay;
    private final SecuritySettings security;
    private final Optional<PostOfficeName> defaultPostOffice;

    /**
     * @param defaultPostOffice the server's default post office: bare {@code postmaster} and
     *                          domain-literal recipients resolve there unless a post office is
     *                          bound to the address the client connected to
     */
    public RelayPolicy(Directory directory, RelaySettings relay, SecuritySettings security,
                       Optional<PostOfficeName> defaultPostOffice) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.relay = relay == null ? RelaySettings.defaults() : relay;
        this.security = security == null ? SecuritySettings.defaults() : security;
        this.defaultPostOffice = defaultPostOffice == null ? Optional.empty() : defaultPostOffice;
    }

    public RelayPolicy(Directory directory, RelaySettings relay, SecuritySettings security) {
        this(directory, relay, security, Optional.empty());
    }

    /** The policy with the default post office taken from the server's settings. */
    public static RelayPolicy of(Directory directory, RelaySettings relay, SecuritySettings security, ServerSettings server) {
        Optional<PostOfficeName> po = server == null || server.defaultPostOffice().isEmpty()
                ? Optional.empty() : Optional.of(PostOfficeName.of(server.defaultPostOffice()));
        return new RelayPolicy(directory, relay, security, po);
    }

    /** MAIL FROM: the Security tab's sender checks. */
    public SenderDecision checkSender(InetAddress clientIp, Optional<MailboxRef> authenticated, String sender) {
        return SenderCheck.check(directory, relay, security, clientIp,
                authenticated == null ? Optional.empty() : authenticated, sender);
    }

    /** RCPT TO: article 10's enumeration for one recipient. The sender is assumed checked. */
    public RcptDecision decideRcpt(RcptFacts facts) {
        RecipientAddress recipient;
        try {
            recipient = RecipientAddress.parse(facts.recipient());
        } catch (InvalidValueException e) {
            return new RcptDecision(Verdict.DENY, List.of(), "", Replies.BAD_RECIPIENT_SYNTAX,
                    List.of(RelayLogLines.BAD_RECIPIENT.formatted(facts.recipient())));
        }
        Optional<EmailAddress> sender;
        try {
            sender = SenderCheck.parse(facts.sender());
        } catch (InvalidValueException e) {
            return new RcptDecision(Verdict.DENY, List.of(), "", Replies.BAD_SENDER_SYNTAX,
                    List.of(RelayLogLines.BAD_SENDER.formatted(facts.sender())));
        }
        RcptContext ctx = new RcptContext(facts, recipient, sender, relay, security, directory, defaultPostOffice);
        List<String> log = new ArrayList<>();
        for (RcptRule rule : RULES) {
            RuleResult r = rule.apply(ctx);
            log.addAll(r.lines());
            if (r.status() != RuleResult.Status.DECLINED) {
                return new RcptDecision(r.verdict(), r.mailboxes(), r.deliverTo(), r.reply(), log);
            }
        }
        throw new IllegalStateException("the last relay rule always decides");
    }

    /**
     * The whole transaction for one recipient, as the console's "Test relay…" shows it: the
     * MAIL FROM checks, and if they pass the RCPT decision; the log holds both steps' lines.
     */
    @Override
    public RcptDecision decide(RcptFacts facts) {
        SenderDecision from = checkSender(facts.clientIp(), facts.authenticated(), facts.sender());
        if (!from.accepted()) {
            return new RcptDecision(Verdict.DENY, List.of(), "", from.reply(), from.log());
        }
        RcptDecision rcpt = decideRcpt(facts);
        List<String> log = new ArrayList<>(from.log());
        log.addAll(rcpt.log());
        return new RcptDecision(rcpt.verdict(), rcpt.mailboxes(), rcpt.deliverTo(), rcpt.reply(), log);
    }
}
