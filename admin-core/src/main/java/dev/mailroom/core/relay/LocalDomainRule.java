package dev.mailroom.core.relay;

import dev.mailroom.core.smtp.Replies;
import java.util.List;

/**
 * Article 10, local recipient steps 4 and 5: a recipient of a locally serviced domain that no
 * earlier rule took. With Force Inbound Resolution (the default) it is refused with
 * {@code 550 5.1.1}; without, it is accepted with no mailbox, to be returned to the sender.
 */
final class LocalDomainRule implements RcptRule {
    @Override
    public RuleResult apply(RcptContext ctx) {
        if (!ctx.locallyServiced() && !ctx.recipient.isBarePostmaster()) {
            return RuleResult.DECLINED;
        }
        if (ctx.relay.forceInboundResolution()) {
            return RuleResult.deny(Replies.unknownRecipient(ctx.rcpt()),
                    RelayLogLines.FORCE_INBOUND_RESOLUTION.formatted(ctx.rcpt()));
        }
        return RuleResult.local(List.of(), ctx.rcpt(), RelayLogLines.LOCALLY_SERVICED.formatted(ctx.rcpt()));
    }
}
