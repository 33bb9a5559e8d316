package dev.mailroom.core.config;

import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.PostOfficeName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code Config/DOMAIN.TAB}: DOMAIN (punycode), POSTOFFICE, ENABLED (1/0), CATCH_ALL (mailbox
 * name or empty), ABUSE_REDIRECT, POSTMASTER_REDIRECT (addresses or empty), BLACKLIST
 * (comma-separated sender domains or masks such as {@code *.com.au}).
 */
final class DomainTab {
    static final String FILE = "DOMAIN.TAB";
    private static final int COLUMNS = 7;

    private DomainTab() {
    }

    static TabLines.Writer format(Collection<Domain> domains) {
        TabLines.Writer w = new TabLines.Writer();
        for (Domain d : domains) {
            w.line(d.name().value(), d.postOffice().value(), TabLines.flag(d.enabled()), d.catchAll(),
                    d.abuseRedirect(), d.postmasterRedirect(), String.join(",", d.blacklist()));
        }
        return w;
    }

    static List<Domain> parse(byte[] content) throws TabFormatException {
        List<Domain> out = new ArrayList<>();
        for (String[] f : TabLines.parse(content, COLUMNS)) {
            out.add(TabLines.row(f, r -> Values.domain(new Domain(DomainName.of(r[0]), PostOfficeName.of(r[1]),
                    TabLines.flag(r[2]), r[3], r[4], r[5], TabLines.list(r[6])))));
        }
        return out;
    }
}
