package dev.mailroom.core.config;

import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.PasswordHasher;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.PostOfficeName;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code Config/AUTH.TAB}: LOGIN ({@code mailbox@POSTOFFICE}), PASSWORD_HASH (a
 * {@link PasswordHasher} string, never clear text), POSTOFFICE. A line whose hash is not in the
 * hasher's format is refused at load, so a clear-text password can never be accepted.
 */
final class AuthTab {
    static final String FILE = "AUTH.TAB";
    private static final int COLUMNS = 3;

    private AuthTab() {
    }

    /** The lines of one post office; the file is the concatenation in post office order. */
    static TabLines.Writer format(Collection<Mailbox> mailboxes) {
        TabLines.Writer w = new TabLines.Writer();
        for (Mailbox m : mailboxes) {
            w.line(m.name().value() + "@" + m.postOffice().value(), m.passwordHash(), m.postOffice().value());
        }
        return w;
    }

    static Map<MailboxRef, String> parse(byte[] content) throws TabFormatException {
        Map<MailboxRef, String> out = new HashMap<>();
        Map<String, PostOfficeName> names = new HashMap<>(); // a thousand post offices, 100,000 lines
        for (String[] f : TabLines.parse(content, COLUMNS)) {
            TabLines.row(f, r -> {
                int at = r[0].lastIndexOf('@');
                if (at <= 0) {
                    throw new IllegalArgumentException("login must be mailbox@postoffice");
                }
                PostOfficeName po = names.computeIfAbsent(r[2], PostOfficeName::of);
                if (!names.computeIfAbsent(r[0].substring(at + 1), PostOfficeName::of).equals(po)) {
                    throw new IllegalArgumentException("login and post office columns disagree");
                }
                if (!r[1].isEmpty() && !PasswordHasher.looksHashed(r[1])) {
                    throw new IllegalArgumentException("password column does not hold a hash");
                }
                return out.put(new MailboxRef(po, MailboxName.of(r[0].substring(0, at))), r[1]);
            });
        }
        return out;
    }
}
