package dev.mailroom.core.relay;

import java.util.List;

/**
 * Article 10, local recipient step 2: the recipient is a literal address in the address map
 * ({@code [SMTP:a@b] -> [SF:PO/MB]}), wherever its domain is.
 */
final class AddressMapRule implements RcptRule {
    @Override
    public RuleResult apply(RcptContext ctx) {
        return ctx.recipient.address()
                .flatMap(ctx.directory::resolve)
                .map(ref -> ctx.deliverTo(ref, List.of(RelayLogLines.LOCAL_ADDRESS.formatted(ctx.rcpt()))))
                .orElse(RuleResult.DECLINED);
    }
}
