package dev.mailroom.core.relay;

import dev.mailroom.core.access.IpPattern;
import dev.mailroom.core.directory.Directory;
import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.core.smtp.Replies;
import java.util.List;
import java.util.Optional;

/**
 * One recipient being decided: the facts, parsed once, with the settings and the directory,
 * plus the lookups several rules share.
 */
final class RcptContext {
    final RcptFacts facts;
    final RecipientAddress recipient;
    final Optional<EmailAddress> sender;
    final RelaySettings relay;
    final SecuritySettings security;
    final Directory directory;
    final Optional<PostOfficeName> defaultPostOffice;
    final Optional<Domain> recipientDomain;

    RcptContext(RcptFacts facts, RecipientAddress recipient, Optional<EmailAddress> sender, RelaySettings relay,
                SecuritySettings security, Directory directory, Optional<PostOfficeName> defaultPostOffice) {
        this.facts = facts;
        this.recipient = recipient;
        this.sender = sender;
        this.relay = relay;
        this.security = security;
        this.directory = directory;
        this.defaultPostOffice = defaultPostOffice;
        this.recipientDomain = recipient.domain().flatMap(directory::domain);
    }

    String rcpt() {
        return recipient.text();
    }

    /** A domain literal naming the address the client connected to. */
    boolean literalIsThisServer() {
        return recipient.literal().isPresent() && facts.localAddress() != null
                && recipient.literal().get().equals(facts.localAddress());
    }

    /** The recipient's domain is served here (or it is a literal naming this server). */
    boolean locallyServiced() {
        return recipientDomain.isPresent() || literalIsThisServer();
    }

    /**
     * The post office that owns bare mailbox names for this connection: the one bound to the
     * address the client connected to, else the default (as for logins, article 28).
     */
    Optional<PostOfficeName> postOfficeForBareNames() {
        if (facts.localAddress() != null) {
            for (PostOffice po : directory.postOffices()) {
                try {
                    if (!po.boundIp().isEmpty() && IpPattern.of(po.boundIp()).matches(facts.localAddress())) {
                        return Optional.of(po.name());
                    }
                } catch (InvalidValueException notAnAddress) {
                    // A bound IP that does not parse binds nothing.
                }
            }
        }
        return defaultPostOffice;
    }

    /**
     * Delivers into the mailbox if it can take mail: a disabled post office or mailbox refuses
     * now (article 12: a bounce from a disabled mailbox later goes to a forged sender). A
     * reference to a mailbox that no longer exists declines, so later rules may still take it.
     */
    RuleResult deliverTo(MailboxRef ref, List<String> lines) {
        Optional<Mailbox> mailbox = directory.mailbox(ref);
        if (mailbox.isEmpty()) {
            return RuleResult.DECLINED;
        }
        Optional<PostOffice> po = directory.postOffice(ref.postOffice());
        if (po.isEmpty() || !po.get().enabled()) {
            return RuleResult.deny(Replies.domainDisabled(rcpt()),
                    RelayLogLines.POST_OFFICE_DISABLED.formatted(rcpt(), ref.postOffice())).after(lines);
        }
        if (!mailbox.get().enabled()) {
            return RuleResult.deny(Replies.mailboxDisabled(rcpt()),
                    RelayLogLines.MAILBOX_DISABLED.formatted(rcpt(), ref)).after(lines);
        }
        return RuleResult.local(List.of(ref), rcpt()).after(lines);
    }

    /**
     * Follows a domain's postmaster or abuse redirection: into a local mailbox when the target
     * is one, else to the remote address. A target that is not an address is ignored.
     */
    RuleResult redirect(String target, List<String> lines) {
        EmailAddress to;
        try {
            to = EmailAddress.of(target);
        } catch (InvalidValueException e) {
            return RuleResult.DECLINED;
        }
        List<String> withRedirect = new java.util.ArrayList<>(lines);
        withRedirect.add(RelayLogLines.REDIRECTED.formatted(rcpt(), to));
        Optional<MailboxRef> local = directory.resolve(to);
        if (local.isPresent()) {
            RuleResult r = deliverTo(local.get(), withRedirect);
            if (r.status() == RuleResult.Status.OK) {
                return RuleResult.local(r.mailboxes(), to.toString()).after(r.lines());
            }
            return r;
        }
        return RuleResult.relay(to.toString()).after(withRedirect);
    }
}
