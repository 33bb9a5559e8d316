package dev.mailroom.core.relay;

import dev.mailroom.core.smtp.Replies;

/**
 * Article 10, relay step 6: no criterion was met. Article 20 distinguishes two lines: ME-E0109
 * when relay for local senders was on but the sender is not an address defined here (the
 * criterion that looks at the sender failed), ME-I0111 otherwise. Both answer article 32's text.
 */
final class NoRelayCriteriaRule implements RcptRule {
    @Override
    public RuleResult apply(RcptContext ctx) {
        boolean senderUnknown = ctx.relay.allowLocalSenders()
                && ctx.sender.flatMap(ctx.directory::resolve).isEmpty();
        return RuleResult.deny(Replies.RELAY_REFUSED,
                senderUnknown ? RelayLogLines.RELAY_DENIED_SENDER_UNKNOWN : RelayLogLines.RELAY_DENIED);
    }
}
