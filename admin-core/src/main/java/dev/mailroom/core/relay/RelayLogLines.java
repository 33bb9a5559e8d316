package dev.mailroom.core.relay;

/**
 * The debug-log lines the SMTP decision writes, defined once. The texts and {@code ME-} codes are
 * the knowledge base's own (articles 10 and 20) so an administrator can search for them; lines
 * the knowledge base gives without a code carry none, and lines for checks MailEnable does not
 * document (disabled mailboxes, domain literals, sender checks) are Mailroom's and say so by
 * having no code. Each constant is a {@link String#format} pattern.
 */
public final class RelayLogLines {
    private RelayLogLines() {
    }

    // Sender blacklisting (article 10, first step); %s is the sender's domain.
    public static final String BLACKLISTED_DOMAIN = "Recipient Denied: %s is a blacklisted domain";

    // Local recipient enumeration (article 10, second step); %s is the recipient address.
    /** Article 10's own wording for the postmaster step. */
    public static final String POSTMASTER = "Local Delivery: Address (%s) is nearby";
    public static final String LOCAL_ADDRESS = "ME-I0101: Local Delivery: Address (%s) is local";
    public static final String CATCH_ALL = "ME-I0102: Address ([SMTP:%s]) is to be delivered to Catch-All address";
    public static final String FORCE_INBOUND_RESOLUTION =
            "Local Delivery: Domain for (%s) is locally serviced, but recipient is not defined in address map.";
    public static final String LOCALLY_SERVICED = "Local Delivery: Domain for (%s) is locally serviced.";

    // Relay access enumeration (article 10, third step).
    public static final String RELAY_DISABLED = "ME-I0112: Relay Denied: Server is configured not to allow relaying";
    /** %s is the sender address. */
    public static final String RELAY_LOCAL_SENDER = "ME-I0106: Relay Granted: %s is in local address map";
    /** %s is the client IP. */
    public static final String RELAY_PRIVILEGED_IP = "ME-I0107: Relay Granted: Sender IP (%s) is within an authorized IP range";
    public static final String RELAY_AUTHENTICATED = "ME-I0108: Relay Granted: Sender has authenticated";
    public static final String RELAY_ANYONE = "ME-I0110: Relay Granted: Server is configured to allow anyone to relay";
    public static final String RELAY_DENIED = "ME-I0111: Relay Denied: Failed to meet all relay criteria";
    /** Article 20: refused because relay for local senders was on but the sender is not one. */
    public static final String RELAY_DENIED_SENDER_UNKNOWN = "ME-E0109: Relay Denied: Failed to meet all relay criteria";

    // Mailroom's own lines.
    /** %s is the recipient address. */
    public static final String DOMAIN_DISABLED = "Recipient Denied: Domain for (%s) is disabled";
    /** %1$s is the recipient address, %2$s the post office. */
    public static final String POST_OFFICE_DISABLED = "Recipient Denied: Post office (%2$s) serving (%1$s) is disabled";
    /** %1$s is the recipient address, %2$s the mailbox. */
    public static final String MAILBOX_DISABLED = "Recipient Denied: Mailbox (%2$s) for (%1$s) is disabled";
    /** %s is the recipient address. */
    public static final String DOMAIN_LITERAL_REFUSED = "Recipient Denied: Domain literal (%s) is not accepted";
    /** %1$s is the recipient address, %2$s where it is redirected. */
    public static final String REDIRECTED = "Local Delivery: Address (%1$s) is redirected to (%2$s)";
    /** %s is the recipient as the client sent it. */
    public static final String BAD_RECIPIENT = "Recipient Denied: (%s) is not a valid address";
    /** %s is the sender as the client sent it. */
    public static final String BAD_SENDER = "Sender Denied: (%s) is not a valid address";
    /** %s is the sender address, or {@code <>}. */
    public static final String SENDER_ACCEPTED = "Sender Accepted: %s";
    /** %1$s is the authenticated mailbox, %2$s the sender address. */
    public static final String SENDER_NOT_OWNED = "Sender Denied: Authenticated mailbox (%1$s) does not own address (%2$s)";
    /** %s is the sender address. */
    public static final String SENDER_MUST_AUTHENTICATE =
            "Sender Denied: Sender address (%s) is local and the client has not authenticated";
}
