package dev.mailroom.core.relay;

/** What the server does with one recipient. */
public enum Verdict {
    /** Accepted for delivery into this server's mailboxes. */
    LOCAL,
    /** Accepted for delivery to another server (a relay grant, or a redirection to a remote address). */
    RELAY,
    /** Refused with the decision's reply. */
    DENY
}
