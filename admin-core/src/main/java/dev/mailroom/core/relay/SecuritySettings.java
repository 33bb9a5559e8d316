package dev.mailroom.core.relay;

/**
 * The Security tab of the SMTP connector (knowledge base article 24). DNS-based checks (PTR,
 * invalid sender domain) belong to the reverse-DNS settings, not here.
 *
 * @param authenticatedMustUseOwnAddress a client that logged in may only use one of its own
 *                                       mailbox's addresses as envelope sender (spoofing prevention)
 * @param localSendersMustAuthenticate   an envelope sender in a domain served here must log in
 *                                       first, except from a privileged relay IP (article 25's
 *                                       applications on the server)
 * @param acceptDomainLiterals           accept {@code user@[1.2.3.4]} recipients
 * @param disableCatchAlls               ignore every domain's catch-all mailbox (article 24:
 *                                       spammers invent addresses)
 */
public record SecuritySettings(boolean authenticatedMustUseOwnAddress, boolean localSendersMustAuthenticate,
                               boolean acceptDomainLiterals, boolean disableCatchAlls) {

    /** Article 24's advice on: no spoofing either way. Domain literals off, catch-alls as configured. */
    public static SecuritySettings defaults() {
        return new SecuritySettings(true, true, false, false);
    }

    public SecuritySettings withAuthenticatedMustUseOwnAddress(boolean v) {
        return new SecuritySettings(v, localSendersMustAuthenticate, acceptDomainLiterals, disableCatchAlls);
    }

    public SecuritySettings withLocalSendersMustAuthenticate(boolean v) {
        return new SecuritySettings(authenticatedMustUseOwnAddress, v, acceptDomainLiterals, disableCatchAlls);
    }

    public SecuritySettings withAcceptDomainLiterals(boolean v) {
        return new SecuritySettings(authenticatedMustUseOwnAddress, localSendersMustAuthenticate, v, disableCatchAlls);
    }

    public SecuritySettings withDisableCatchAlls(boolean v) {
        return new SecuritySettings(authenticatedMustUseOwnAddress, localSendersMustAuthenticate, acceptDomainLiterals, v);
    }
}
