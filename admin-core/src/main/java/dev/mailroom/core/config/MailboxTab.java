package dev.mailroom.core.config;

import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code Config/Postoffices/<PO>/MAILBOX.TAB}, one per post office so that a change to one
 * post office rewrites only its own file: NAME, TYPE (USER/ADMIN/SYSADMIN), QUOTA_KB (0 = no
 * limit), ENABLED (1/0), PREVENT_AUTH (1/0), REDIRECT_TO (comma-separated addresses),
 * KEEP_LOCAL_COPY (1/0). The password hash lives in AUTH.TAB, not here.
 */
final class MailboxTab {
    static final String FILE = "MAILBOX.TAB";
    private static final int COLUMNS = 7;

    private MailboxTab() {
    }

    static String relativePath(PostOfficeName po) {
        return "Postoffices/" + po.value() + "/" + FILE;
    }

    static TabLines.Writer format(Collection<Mailbox> mailboxes) {
        TabLines.Writer w = new TabLines.Writer();
        for (Mailbox m : mailboxes) {
            StringBuilder redirect = new StringBuilder();
            for (EmailAddress a : m.redirectTo()) {
                if (redirect.length() > 0) {
                    redirect.append(',');
                }
                redirect.append(a);
            }
            w.line(m.name().value(), m.type().name(), Long.toString(m.quotaKb()), TabLines.flag(m.enabled()),
                    TabLines.flag(m.preventAuth()), redirect.toString(), TabLines.flag(m.keepLocalCopy()));
        }
        return w;
    }

    /** Mailboxes without their password hash (AUTH.TAB supplies it). */
    static List<Mailbox> parse(byte[] content, PostOfficeName po) throws TabFormatException {
        List<Mailbox> out = new ArrayList<>();
        for (String[] f : TabLines.parse(content, COLUMNS)) {
            out.add(TabLines.row(f, r -> {
                List<EmailAddress> redirect = new ArrayList<>();
                for (String a : TabLines.list(r[5])) {
                    redirect.add(EmailAddress.of("redirectTo", a));
                }
                return Values.mailbox(new Mailbox(po, MailboxName.of(r[0]), "", MailboxType.parse("type", r[1]),
                        Long.parseLong(r[2]), TabLines.flag(r[3]), TabLines.flag(r[4]), redirect,
                        TabLines.flag(r[6])));
            }));
        }
        return out;
    }
}
