package dev.mailroom.core.relay;

import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.smtp.Replies;
import java.util.Optional;

/**
 * Mailroom's decision for a disabled domain, or a domain of a disabled post office: refuse the
 * recipient ({@code 550 5.2.1}) instead of treating the domain as remote, which would let an
 * authenticated client relay mail for it back to this server, or accepting and bouncing later
 * (article 12: bounces from disabled domains go to forged senders).
 */
final class DisabledDomainRule implements RcptRule {
    @Override
    public RuleResult apply(RcptContext ctx) {
        if (ctx.recipientDomain.isEmpty()) {
            return RuleResult.DECLINED;
        }
        Domain domain = ctx.recipientDomain.get();
        if (!domain.enabled()) {
            return RuleResult.deny(Replies.domainDisabled(ctx.rcpt()), RelayLogLines.DOMAIN_DISABLED.formatted(ctx.rcpt()));
        }
        Optional<PostOffice> po = ctx.directory.postOffice(domain.postOffice());
        if (po.isEmpty() || !po.get().enabled()) {
            return RuleResult.deny(Replies.domainDisabled(ctx.rcpt()),
                    RelayLogLines.POST_OFFICE_DISABLED.formatted(ctx.rcpt(), domain.postOffice()));
        }
        return RuleResult.DECLINED;
    }
}
