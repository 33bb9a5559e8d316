package dev.mailroom.core.relay;

import dev.mailroom.core.access.IpAddressLiteral;

/** Article 10, relay step 3: the client IP is within a privileged range (articles 3, 25). */
final class PrivilegedIpRelayRule implements RcptRule {
    @Override
    public RuleResult apply(RcptContext ctx) {
        if (!ctx.relay.allowPrivilegedRanges() || !ctx.relay.privilegedRanges().matches(ctx.facts.clientIp())) {
            return RuleResult.DECLINED;
        }
        return RuleResult.relay(ctx.rcpt(), RelayLogLines.RELAY_PRIVILEGED_IP.formatted(IpAddressLiteral.format(ctx.facts.clientIp())));
    }
}
