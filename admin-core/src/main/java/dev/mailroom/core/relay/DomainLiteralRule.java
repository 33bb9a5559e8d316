package dev.mailroom.core.relay;

import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.smtp.Replies;
import java.util.List;
import java.util.Optional;

/**
 * The Security tab's "accept domain literals" (article 24). Off: a {@code user@[1.2.3.4]}
 * recipient is refused. On: a literal naming the address the client connected to is this
 * server, and its local part is a mailbox of the post office owning bare names on that address
 * (bound or default, as for logins); any other literal is a remote destination for the relay rules.
 */
final class DomainLiteralRule implements RcptRule {
    @Override
    public RuleResult apply(RcptContext ctx) {
        if (ctx.recipient.literal().isEmpty()) {
            return RuleResult.DECLINED;
        }
        if (!ctx.security.acceptDomainLiterals()) {
            return RuleResult.deny(Replies.domainLiteralRefused(ctx.rcpt()),
                    RelayLogLines.DOMAIN_LITERAL_REFUSED.formatted(ctx.rcpt()));
        }
        if (!ctx.literalIsThisServer()) {
            return RuleResult.DECLINED;
        }
        Optional<MailboxRef> ref;
        try {
            MailboxName name = MailboxName.of(ctx.recipient.localPart());
            ref = ctx.postOfficeForBareNames().map(po -> new MailboxRef(po, name));
        } catch (InvalidValueException e) {
            ref = Optional.empty();
        }
        if (ref.isEmpty()) {
            return RuleResult.DECLINED;
        }
        return ctx.deliverTo(ref.get(), List.of(RelayLogLines.LOCAL_ADDRESS.formatted(ctx.rcpt())));
    }
}
