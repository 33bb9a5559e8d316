package dev.mailroom.core.config;

import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.PostOfficeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code Config/ADDRESS-MAP.TAB}, MailEnable's layout: ACCOUNT (post office),
 * SOURCE ({@code [SMTP:alice@example.com]}), TARGET ({@code [SF:EXAMPLE/ALICE]}), SCOPE
 * (always 0: MailEnable's "any sender").
 */
final class AddressMapTab {
    static final String FILE = "ADDRESS-MAP.TAB";
    private static final int COLUMNS = 4;

    private AddressMapTab() {
    }

    record Row(EmailAddress address, MailboxRef target) {
    }

    static void formatInto(TabLines.Writer w, MailboxRef ref, List<EmailAddress> addresses) {
        for (EmailAddress a : addresses) {
            w.line(ref.postOffice().value(), "[SMTP:" + a + "]", ref.addressMapTarget(), "0");
        }
    }

    static List<Row> parse(byte[] content) throws TabFormatException {
        List<Row> out = new ArrayList<>();
        // 100,000 addresses share about a thousand domains: convert each domain (IDN) once.
        Map<String, DomainName> domains = new HashMap<>();
        Map<String, PostOfficeName> postOffices = new HashMap<>();
        for (String[] f : TabLines.parse(content, COLUMNS)) {
            out.add(TabLines.row(f, r -> {
                String src = unwrap(r[1], "[SMTP:");
                String dst = unwrap(r[2], "[SF:");
                int at = src.lastIndexOf('@');
                int slash = dst.indexOf('/');
                if (at <= 0 || slash <= 0) {
                    throw new IllegalArgumentException("source must be [SMTP:a@b] and target [SF:PO/MAILBOX]");
                }
                DomainName domain = domains.computeIfAbsent(src.substring(at + 1).toLowerCase(Locale.ROOT),
                        DomainName::of);
                EmailAddress address = EmailAddress.of("address", src.substring(0, at), domain);
                MailboxRef ref = new MailboxRef(postOffices.computeIfAbsent(dst.substring(0, slash), PostOfficeName::of),
                        MailboxName.of(dst.substring(slash + 1)));
                return new Row(address, ref);
            }));
        }
        return out;
    }

    private static String unwrap(String v, String prefix) {
        if (v.length() <= prefix.length() || !v.regionMatches(true, 0, prefix, 0, prefix.length()) || !v.endsWith("]")) {
            throw new IllegalArgumentException("'" + v + "' is not of the form " + prefix + "...]");
        }
        return v.substring(prefix.length(), v.length() - 1);
    }
}
