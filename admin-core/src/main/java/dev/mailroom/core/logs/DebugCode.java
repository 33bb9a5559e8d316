package dev.mailroom.core.logs;

/**
 * The relay codes of article 20 that open debug lines, with the knowledge base's own
 * explanation of each (the console shows these as the legend) and whether the line means the
 * message was let through. The server writes the lines from admin-core's relay policy; this
 * enum only recognises them.
 */
public enum DebugCode {
    ME_I0101("ME-I0101", Outcome.LOCAL, "Local Delivery: Address (%s) is local",
            "The recipient address indicated by the sender is local and in this manner no relay authorization is needed or required"),
    ME_I0102("ME-I0102", Outcome.LOCAL, "Address ([SMTP:%s]) is to be delivered to Catch-All address",
            "Someone (most probably a spammer) delivered an email address that is not specified on the server. The domain is local and was configured with a catch-all mailbox and the message is in this manner allowed and conveyed to this mailbox"),
    ME_I0106("ME-I0106", Outcome.GRANTED, "Relay Granted: %s is in local address map",
            "Allowing locally defined addresses to relay is configured on the server and the sender utilized such an address. This is bad for public servers, because somebody just needs to speculate a mail address serviced by the server and they are able to spam"),
    ME_I0107("ME-I0107", Outcome.GRANTED, "Relay Granted: Sender IP (%s) is within an authorized IP range",
            "The relay try was permitted since, under the SMTP Connectors properties, the remote IP Address has been allowed relay access"),
    ME_I0108("ME-I0108", Outcome.GRANTED, "Relay Granted: Sender has authenticated",
            "A valid user name and password was entered by the sender prior to sending mail and was accordingly permitted to relay"),
    ME_E0109("ME-E0109", Outcome.DENIED, "Relay Denied: Failed to meet all relay criteria",
            "Someone tried to relay through the server yet they were rejected since they didn't utilize a sender address that is already specified on the server"),
    ME_I0110("ME-I0110", Outcome.GRANTED, "Relay Granted: Server is configured to allow anyone to relay",
            "Server is configured to permit anyone to relay"),
    ME_I0111("ME-I0111", Outcome.DENIED, "Relay Denied: Failed to meet all relay criteria",
            "Someone tried to relay through the server yet they were rejected for the reason that they either were not authenticated, were not from a permitted IP or were not recognized as a local sender address"),
    ME_I0112("ME-I0112", Outcome.DENIED, "Relay Denied: Server is configured not to allow relaying",
            "All relay settings have been disabled on the server");

    /** What the line means for the message: delivered locally, relay granted, or refused. */
    public enum Outcome { LOCAL, GRANTED, DENIED }

    private final String code;
    private final Outcome outcome;
    private final String entry;
    private final String description;

    DebugCode(String code, Outcome outcome, String entry, String description) {
        this.code = code;
        this.outcome = outcome;
        this.entry = entry;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The entry as article 20 prints it, without the code, {@code %s} where a value goes. */
    public String entry() {
        return entry;
    }

    /** Article 20's description of the entry. */
    public String description() {
        return description;
    }

    /** The code a debug text starts with ({@code "ME-I0111: Relay Denied: ..."}), or null. */
    public static DebugCode of(String text) {
        if (text == null || text.length() < 9 || !text.startsWith("ME-")) {
            return null;
        }
        String head = text.substring(0, 8);
        for (DebugCode c : values()) {
            if (c.code.equals(head)) {
                return c;
            }
        }
        return null;
    }
}
