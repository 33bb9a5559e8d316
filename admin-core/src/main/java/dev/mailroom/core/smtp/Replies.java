package dev.mailroom.core.smtp;

/**
 * Every reply Mailroom's SMTP policy gives, in one place, so the server, the console's
 * "Test relay…" and the tests agree on the exact words.
 */
public final class Replies {
    private Replies() {
    }

    /**
     * A relay refused because no relay criterion was met: knowledge base article 32's text.
     * 550 rather than MailEnable's 503, which RFC 5321 reserves for a bad command sequence.
     */
    public static final Reply RELAY_REFUSED = new Reply(550, "5.7.1",
            "This mail server requires authentication. Please check your mail client settings.");

    /** Relaying is switched off for everybody; asking to authenticate would mislead. */
    public static final Reply RELAY_DISABLED = new Reply(550, "5.7.1",
            "Relaying is not allowed on this server");

    /** Refused at connect by access control (article 4). No enhanced code on a greeting. */
    public static final Reply ACCESS_DENIED = new Reply(554, "", "Access denied");

    public static final Reply RECIPIENT_OK = new Reply(250, "2.1.5", "Recipient OK");

    public static final Reply SENDER_OK = new Reply(250, "2.1.0", "Sender OK");

    public static final Reply BAD_RECIPIENT_SYNTAX = new Reply(501, "5.1.3", "Bad recipient address syntax");

    public static final Reply BAD_SENDER_SYNTAX = new Reply(501, "5.1.7", "Bad sender address syntax");

    /** RFC 4954: a local sender address must authenticate first (article 24's spoofing rule). */
    public static final Reply AUTHENTICATION_REQUIRED = new Reply(530, "5.7.0",
            "Authentication required to send from a local address");

    /** Wrong login name, wrong password, disabled mailbox: one answer, so nothing is revealed. */
    public static final Reply AUTHENTICATION_FAILED = new Reply(535, "5.7.8", "Authentication credentials invalid");

    /** The recipient is in a local domain but no mailbox or catch-all takes it. */
    public static Reply unknownRecipient(String address) {
        return new Reply(550, "5.1.1", "<" + address + ">: Recipient address rejected: no such mailbox here");
    }

    /** The recipient domain's blacklist names the sender's domain (article 4). */
    public static Reply senderDomainBlacklisted(String senderDomain) {
        return new Reply(550, "5.7.1", "Mail from " + senderDomain + " is not accepted for this recipient");
    }

    /** The recipient mailbox exists but is disabled: refused now rather than bounced later (article 12). */
    public static Reply mailboxDisabled(String address) {
        return new Reply(550, "5.2.1", "<" + address + ">: Mailbox is disabled and not accepting messages");
    }

    /** The recipient domain, or the post office holding it, is disabled. */
    public static Reply domainDisabled(String address) {
        return new Reply(550, "5.2.1", "<" + address + ">: Domain is disabled and not accepting messages");
    }

    /** A {@code user@[1.2.3.4]} recipient while the Security tab does not accept domain literals. */
    public static Reply domainLiteralRefused(String address) {
        return new Reply(550, "5.1.2", "<" + address + ">: Domain-literal recipients are not accepted here");
    }

    /** An authenticated client used a sender address that is not its own (article 24). */
    public static Reply senderNotOwned(String address) {
        return new Reply(553, "5.7.1", "<" + address + ">: Sender address is not owned by the authenticated user");
    }
}
