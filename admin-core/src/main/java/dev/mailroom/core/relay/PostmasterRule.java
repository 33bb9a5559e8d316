package dev.mailroom.core.relay;

import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.MailboxName;
import java.util.List;
import java.util.Optional;

/**
 * Article 10, local recipient step 1: postmaster of a local domain, and the bare
 * {@code postmaster} RFC 5321 requires. It goes to the domain's postmaster redirection if set,
 * else the address-map entry for it, else the post office's mailbox named Postmaster. The
 * abuse redirection is handled the same way. With no target at all the rule declines and the
 * catch-all and Force Inbound Resolution rules decide.
 */
final class PostmasterRule implements RcptRule {
    private static final MailboxName POSTMASTER = MailboxName.of("postmaster");

    @Override
    public RuleResult apply(RcptContext ctx) {
        if (ctx.recipient.isBarePostmaster()) {
            List<String> lines = List.of(RelayLogLines.POSTMASTER.formatted(ctx.rcpt()));
            return ctx.postOfficeForBareNames()
                    .map(po -> ctx.deliverTo(new MailboxRef(po, POSTMASTER), lines))
                    .orElse(RuleResult.DECLINED);
        }
        if (ctx.recipientDomain.isEmpty()) {
            return RuleResult.DECLINED;
        }
        Domain domain = ctx.recipientDomain.get();
        if (ctx.recipient.localPartIs("abuse") && !domain.abuseRedirect().isBlank()) {
            return ctx.redirect(domain.abuseRedirect(), List.of());
        }
        if (!ctx.recipient.localPartIs("postmaster")) {
            return RuleResult.DECLINED;
        }
        List<String> lines = List.of(RelayLogLines.POSTMASTER.formatted(ctx.rcpt()));
        if (!domain.postmasterRedirect().isBlank()) {
            RuleResult redirected = ctx.redirect(domain.postmasterRedirect(), lines);
            if (redirected.status() != RuleResult.Status.DECLINED) {
                return redirected;
            }
        }
        EmailAddress address = ctx.recipient.address().orElseThrow();
        Optional<MailboxRef> mapped = ctx.directory.resolve(address);
        if (mapped.isPresent()) {
            RuleResult r = ctx.deliverTo(mapped.get(), lines);
            if (r.status() != RuleResult.Status.DECLINED) {
                return r;
            }
        }
        return ctx.deliverTo(new MailboxRef(domain.postOffice(), POSTMASTER), lines);
    }
}
