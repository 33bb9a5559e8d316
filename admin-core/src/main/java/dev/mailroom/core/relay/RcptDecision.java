package dev.mailroom.core.relay;

import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.smtp.Reply;
import java.util.List;
import java.util.Objects;

/**
 * The answer to one {@code RCPT TO}: the verdict, where the message goes, the reply to send and
 * the debug-log lines that explain it, in the order the rules ran.
 *
 * @param verdict   LOCAL, RELAY or DENY
 * @param mailboxes for LOCAL, the mailbox that receives the message (the literal address, the
 *                  catch-all, or a postmaster/abuse redirection that is local). Empty for LOCAL
 *                  only when Force Inbound Resolution is off and the local domain has no such
 *                  recipient: the message is accepted and must be returned to its sender as
 *                  undeliverable. Empty for RELAY and DENY. A mailbox's own redirection
 *                  (forwarding) is applied at delivery, not here.
 * @param deliverTo the address the message is to be delivered to: the recipient itself, or the
 *                  redirection target; for RELAY the remote address to queue for. Empty for DENY.
 * @param reply     what the server answers: {@code 250 2.1.5} when accepted, the refusal otherwise
 * @param log       the debug-log lines, in order
 */
public record RcptDecision(Verdict verdict, List<MailboxRef> mailboxes, String deliverTo, Reply reply, List<String> log) {
    public RcptDecision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reply, "reply");
        mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
        deliverTo = deliverTo == null ? "" : deliverTo;
        log = log == null ? List.of() : List.copyOf(log);
        if ((verdict == Verdict.DENY) == reply.isPositive()) {
            throw new IllegalArgumentException("a refusal carries a failure reply, an acceptance a positive one");
        }
    }

    public boolean accepted() {
        return verdict != Verdict.DENY;
    }

    /** The log lines as one text, for the console's tester. */
    public String logText() {
        return String.join(System.lineSeparator(), log);
    }
}
