package dev.mailroom.core.relay;

/**
 * Article 10, relay step 2: "Allow relay for local sender addresses" grants relay when the
 * envelope sender is in the address map. Off by default: anyone can claim a local sender
 * (articles 12 and 20).
 */
final class LocalSenderRelayRule implements RcptRule {
    @Override
    public RuleResult apply(RcptContext ctx) {
        if (!ctx.relay.allowLocalSenders() || ctx.sender.isEmpty()) {
            return RuleResult.DECLINED;
        }
        if (ctx.directory.resolve(ctx.sender.get()).isEmpty()) {
            return RuleResult.DECLINED;
        }
        return RuleResult.relay(ctx.rcpt(), RelayLogLines.RELAY_LOCAL_SENDER.formatted(ctx.sender.get()));
    }
}
