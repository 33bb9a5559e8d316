package dev.mailroom.core.relay;

import dev.mailroom.core.smtp.Replies;

/** Article 10, relay step 1: the overriding switch. Off refuses every relay. */
final class RelayEnabledRule implements RcptRule {
    @Override
    public RuleResult apply(RcptContext ctx) {
        if (ctx.relay.relayEnabled()) {
            return RuleResult.DECLINED;
        }
        return RuleResult.deny(Replies.RELAY_DISABLED, RelayLogLines.RELAY_DISABLED);
    }
}
