package dev.mailroom.core.relay;

import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.MailboxName;
import java.util.List;

/**
 * Article 10, local recipient step 3: an undefined address of a local domain goes to the
 * domain's catch-all mailbox, unless the Security tab disables catch-alls server-wide
 * (article 24). The catch-all is a mailbox name of the domain's post office.
 */
final class CatchAllRule implements RcptRule {
    @Override
    public RuleResult apply(RcptContext ctx) {
        if (ctx.security.disableCatchAlls() || ctx.recipientDomain.isEmpty()) {
            return RuleResult.DECLINED;
        }
        Domain domain = ctx.recipientDomain.get();
        String catchAll = domain.catchAll().strip();
        if (catchAll.isEmpty()) {
            return RuleResult.DECLINED;
        }
        MailboxRef target;
        try {
            target = new MailboxRef(domain.postOffice(), MailboxName.of(catchAll));
        } catch (InvalidValueException e) {
            return RuleResult.DECLINED;
        }
        return ctx.deliverTo(target, List.of(RelayLogLines.CATCH_ALL.formatted(ctx.rcpt())));
    }
}
