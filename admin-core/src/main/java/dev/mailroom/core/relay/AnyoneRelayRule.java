package dev.mailroom.core.relay;

/** Article 10, relay step 5: "Allow relay for anybody", an open relay. */
final class AnyoneRelayRule implements RcptRule {
    @Override
    public RuleResult apply(RcptContext ctx) {
        if (!ctx.relay.allowAnyone()) {
            return RuleResult.DECLINED;
        }
        return RuleResult.relay(ctx.rcpt(), RelayLogLines.RELAY_ANYONE);
    }
}
