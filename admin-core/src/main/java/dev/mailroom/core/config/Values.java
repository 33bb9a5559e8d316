package dev.mailroom.core.config;

import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.MailboxName;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks of the directory's free-text fields before they reach a TAB file: a value that could
 * break a line or a column (tab, comma in a list, line break) or is not what the field means
 * is refused with the field's name, as the API and the dialogs report it.
 */
final class Values {
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern DOMAIN_MASK = Pattern.compile("(\\*\\.)?[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?|\\*");

    private Values() {
    }

    /** An IP address literal (never a host name: that would need DNS at load) or empty. */
    static String boundIp(String raw) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            return v;
        }
        if (!IP_LITERAL.matcher(v).matches()) {
            throw new InvalidValueException("boundIp", "Bound IP must be an IPv4 or IPv6 address");
        }
        try {
            return InetAddress.getByName(v).getHostAddress();
        } catch (UnknownHostException e) {
            throw new InvalidValueException("boundIp", "Bound IP must be an IPv4 or IPv6 address");
        }
    }

    static Domain domain(Domain d) {
        String catchAll = "";
        if (!d.catchAll().isBlank()) {
            try {
                catchAll = MailboxName.of(d.catchAll()).value();
            } catch (InvalidValueException e) {
                throw new InvalidValueException("catchAll", e.getMessage());
            }
        }
        String abuse = address("abuseRedirect", d.abuseRedirect());
        String postmaster = address("postmasterRedirect", d.postmasterRedirect());
        List<String> blacklist = new ArrayList<>();
        for (String entry : d.blacklist()) {
            String e = entry == null ? "" : entry.strip().toLowerCase(Locale.ROOT);
            if (!DOMAIN_MASK.matcher(e).matches()) {
                throw new InvalidValueException("blacklist",
                        "Blacklist entry '" + entry + "' must be a domain or a mask such as *.example.com");
            }
            blacklist.add(e);
        }
        return new Domain(d.name(), d.postOffice(), d.enabled(), catchAll, abuse, postmaster, blacklist);
    }

    static Mailbox mailbox(Mailbox m) {
        if (m.quotaKb() < 0) {
            throw new InvalidValueException("quotaKb", "Quota must be 0 (no limit) or a positive number of KB");
        }
        return m;
    }

    private static String address(String field, String raw) {
        return raw == null || raw.isBlank() ? "" : EmailAddress.of(field, raw).toString();
    }
}
