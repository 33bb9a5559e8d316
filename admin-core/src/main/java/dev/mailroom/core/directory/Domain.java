package dev.mailroom.core.directory;

import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.PostOfficeName;
import java.util.List;

/**
 * A mail domain served by a post office.
 *
 * @param catchAll           mailbox name receiving mail for undefined addresses of this domain, or empty
 * @param abuseRedirect      address that abuse@ is redirected to, or empty
 * @param postmasterRedirect address that postmaster@ is redirected to, or empty
 * @param blacklist          sender domains or masks ({@code *.com.au}) that may not send to this domain
 *                           (knowledge base article 4)
 */
public record Domain(DomainName name, PostOfficeName postOffice, boolean enabled, String catchAll,
                     String abuseRedirect, String postmasterRedirect, List<String> blacklist) {
    public Domain {
        catchAll = catchAll == null ? "" : catchAll;
        abuseRedirect = abuseRedirect == null ? "" : abuseRedirect;
        postmasterRedirect = postmasterRedirect == null ? "" : postmasterRedirect;
        blacklist = blacklist == null ? List.of() : List.copyOf(blacklist);
    }

    public static Domain of(DomainName name, PostOfficeName postOffice) {
        return new Domain(name, postOffice, true, "", "", "", List.of());
    }
}
