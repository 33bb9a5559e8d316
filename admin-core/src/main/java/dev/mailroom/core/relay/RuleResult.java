package dev.mailroom.core.relay;

import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.smtp.Reply;
import java.util.List;

/**
 * What one rule says about a recipient, in Apache James's hook style: OK (accepted, here is
 * where it goes), DENY (refused with this reply) or DECLINED (not mine to decide, ask the next
 * rule). Any of them may carry log lines.
 */
record RuleResult(Status status, Verdict verdict, List<MailboxRef> mailboxes, String deliverTo, Reply reply,
                  List<String> lines) {

    enum Status { OK, DENY, DECLINED }

    static final RuleResult DECLINED = new RuleResult(Status.DECLINED, null, List.of(), "", null, List.of());

    static RuleResult declined(String... lines) {
        return new RuleResult(Status.DECLINED, null, List.of(), "", null, List.of(lines));
    }

    static RuleResult local(List<MailboxRef> mailboxes, String deliverTo, String... lines) {
        return new RuleResult(Status.OK, Verdict.LOCAL, mailboxes, deliverTo, dev.mailroom.core.smtp.Replies.RECIPIENT_OK,
                List.of(lines));
    }

    static RuleResult relay(String deliverTo, String... lines) {
        return new RuleResult(Status.OK, Verdict.RELAY, List.of(), deliverTo, dev.mailroom.core.smtp.Replies.RECIPIENT_OK,
                List.of(lines));
    }

    static RuleResult deny(Reply reply, String... lines) {
        return new RuleResult(Status.DENY, Verdict.DENY, List.of(), "", reply, List.of(lines));
    }

    /** This result with lines logged before it (e.g. the postmaster line before a redirection). */
    RuleResult after(List<String> earlier) {
        List<String> all = new java.util.ArrayList<>(earlier);
        all.addAll(lines);
        return new RuleResult(status, verdict, mailboxes, deliverTo, reply, all);
    }
}
