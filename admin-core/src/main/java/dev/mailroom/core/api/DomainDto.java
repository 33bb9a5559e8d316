package dev.mailroom.core.api;

import java.util.List;

/**
 * A domain as the API shows it.
 *
 * @param name               the domain in its stored (punycode, lower-case) form
 * @param catchAll           mailbox receiving mail for undefined addresses, "" for none
 * @param abuseRedirect      address abuse@ is redirected to, "" for none
 * @param postmasterRedirect address postmaster@ is redirected to, "" for none
 * @param blacklist          sender domains or masks that may not send to this domain
 */
public record DomainDto(String name, String postOffice, boolean enabled, String catchAll, String abuseRedirect,
                        String postmasterRedirect, List<String> blacklist) {
    public DomainDto {
        blacklist = blacklist == null ? List.of() : List.copyOf(blacklist);
    }
}
