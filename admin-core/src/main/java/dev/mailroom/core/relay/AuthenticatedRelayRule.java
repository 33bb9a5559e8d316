package dev.mailroom.core.relay;

/** Article 10, relay step 4: the client logged in with SMTP AUTH. */
final class AuthenticatedRelayRule implements RcptRule {
    @Override
    public RuleResult apply(RcptContext ctx) {
        if (!ctx.relay.allowAuthenticated() || ctx.facts.authenticated().isEmpty()) {
            return RuleResult.DECLINED;
        }
        return RuleResult.relay(ctx.rcpt(), RelayLogLines.RELAY_AUTHENTICATED);
    }
}
