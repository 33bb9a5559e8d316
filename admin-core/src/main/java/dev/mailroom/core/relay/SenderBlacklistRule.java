package dev.mailroom.core.relay;

import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.smtp.Replies;

/**
 * Article 10, sender blacklisting: the recipient domain's Blacklists (article 4, set in the
 * domain's properties) refuse senders whose domain matches a mask. The null sender has no
 * domain and is never blacklisted; a stored entry that is not a valid mask is skipped.
 */
final class SenderBlacklistRule implements RcptRule {
    @Override
    public RuleResult apply(RcptContext ctx) {
        if (ctx.recipientDomain.isEmpty() || ctx.sender.isEmpty()) {
            return RuleResult.DECLINED;
        }
        DomainName senderDomain = ctx.sender.map(EmailAddress::domain).get();
        for (String entry : ctx.recipientDomain.get().blacklist()) {
            SenderDomainMask mask;
            try {
                mask = SenderDomainMask.of(entry);
            } catch (InvalidValueException e) {
                continue;
            }
            if (mask.matches(senderDomain)) {
                return RuleResult.deny(Replies.senderDomainBlacklisted(senderDomain.value()),
                        RelayLogLines.BLACKLISTED_DOMAIN.formatted(senderDomain.value()));
            }
        }
        return RuleResult.DECLINED;
    }
}
