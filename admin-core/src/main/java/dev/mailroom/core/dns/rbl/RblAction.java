package dev.mailroom.core.dns.rbl;

/** What a listing by one provider does, so that a strict and a noisy list can be mixed. */
public enum RblAction {
    /** Refuse the client as the mode says (at RCPT or at connect); in the mark mode, mark. */
    REJECT,
    /** Accept and mark with the {@code X-Mailroom-RBL:} header, whatever the mode. */
    MARK,
    /** Only write the listing to the debug log. */
    LOG
}
