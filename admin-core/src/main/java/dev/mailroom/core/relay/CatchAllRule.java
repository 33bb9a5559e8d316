package dev.mailroom.core.relay;

import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.MailboxName;
import java.util.List;
import java.util.Optional;

/**
 * Article 10, local recipient step 3: an undefined address of a local domain goes to the
 * domain's catch-all mailbox, unless the Security tab disables catch-alls server-wide
 * (article 24). The catch-all is a mailbox name of the domain's post office, or an address.
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
        Optional<MailboxRef> target;
        try {
            target = catchAll.indexOf('@') >= 0
                    ? ctx.directory.resolve(EmailAddress.of(catchAll))
                    : Optional.of(new MailboxRef(domain.postOffice(), MailboxName.of(catchAll)));
        } catch (InvalidValueException e) {
            target = Optional.empty();
        }
        return target
                .map(ref -> ctx.deliverTo(ref, List.of(RelayLogLines.CATCH_ALL.formatted(ctx.rcpt()))))
                .orElse(RuleResult.DECLINED);
    }
}
