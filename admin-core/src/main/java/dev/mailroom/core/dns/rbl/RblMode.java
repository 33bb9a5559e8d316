package dev.mailroom.core.dns.rbl;

/**
 * When a listed client is refused: article 4's registry value
 * {@code Connectors\SMTP\Reverse DNS Blacklist|Enabled} (0, 1, 2), plus MailEnable's
 * "accept and mark as spam" as a fourth.
 */
public enum RblMode {
    /** 0: no blacklist lookups. */
    OFF(0, "Disabled"),
    /** 1: refuse the RCPT command of a listed client (article 4's default behaviour). */
    DENY_AT_RCPT(1, "Enabled - deny on RCPT"),
    /** 2: refuse the connection with 554 instead of the greeting. */
    DENY_AT_CONNECT(2, "Enabled - deny on connect"),
    /** Accept the message and add an {@code X-Mailroom-RBL:} header naming the listing. */
    MARK(3, "Enabled - accept and mark as spam");

    private final int registryValue;
    private final String label;

    RblMode(int registryValue, String label) {
        this.registryValue = registryValue;
        this.label = label;
    }

    /** The number MailEnable stores in the registry (3 for the mark mode, which it keeps elsewhere). */
    public int registryValue() {
        return registryValue;
    }

    public String label() {
        return label;
    }

    public static RblMode fromRegistryValue(int value) {
        for (RblMode m : values()) {
            if (m.registryValue == value) {
                return m;
            }
        }
        throw new IllegalArgumentException("no RBL mode " + value + " (0 off, 1 deny on RCPT, 2 deny on connect, 3 mark)");
    }
}
