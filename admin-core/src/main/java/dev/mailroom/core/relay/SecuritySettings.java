package dev.mailroom.core.relay;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

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

    /** From JSON: a missing key takes its safe default (see {@link RelaySettings}). */
    @JsonCreator
    static SecuritySettings fromJson(@JsonProperty("authenticatedMustUseOwnAddress") Boolean ownAddress,
                                     @JsonProperty("localSendersMustAuthenticate") Boolean localMustAuth,
                                     @JsonProperty("acceptDomainLiterals") Boolean literals,
                                     @JsonProperty("disableCatchAlls") Boolean noCatchAlls) {
        SecuritySettings d = defaults();
        return new SecuritySettings(ownAddress == null ? d.authenticatedMustUseOwnAddress : ownAddress,
                localMustAuth == null ? d.localSendersMustAuthenticate : localMustAuth,
                literals == null ? d.acceptDomainLiterals : literals,
                noCatchAlls == null ? d.disableCatchAlls : noCatchAlls);
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
