package dev.mailroom.core.config;

import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.model.EmailAddress;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One post office in an immutable directory snapshot: its domains, its mailboxes sorted by name
 * and each mailbox's addresses. A change to one post office builds a new PoState for it and
 * shares every other post office's state, so a write costs the size of one post office, not of
 * the whole directory. The serialized lines of AUTH.TAB and ADDRESS-MAP.TAB are cached here for
 * the same reason: rewriting those files re-serializes only the post office that changed.
 */
final class PoState {
    final PostOffice postOffice;
    final List<Domain> domains;
    final NavigableMap<String, Mailbox> mailboxes;
    final List<Mailbox> mailboxList;
    final Map<String, List<EmailAddress>> addresses;
    private TabLines.Chunk auth;
    private TabLines.Chunk addressMap;

    PoState(PostOffice postOffice, List<Domain> domains, TreeMap<String, Mailbox> mailboxes,
            Map<String, List<EmailAddress>> addresses) {
        this.postOffice = postOffice;
        this.domains = List.copyOf(domains);
        this.mailboxes = Collections.unmodifiableNavigableMap(mailboxes);
        this.mailboxList = List.copyOf(mailboxes.values());
        this.addresses = Collections.unmodifiableMap(addresses);
    }

    List<EmailAddress> addressesOf(String mailboxKey) {
        return addresses.getOrDefault(mailboxKey, List.of());
    }

    /** Called only by the single writer. */
    TabLines.Chunk authLines() {
        if (auth == null) {
            auth = AuthTab.format(mailboxList).chunk();
        }
        return auth;
    }

    /** Called only by the single writer. */
    TabLines.Chunk addressLines() {
        if (addressMap == null) {
            TabLines.Writer w = new TabLines.Writer();
            for (Mailbox m : mailboxList) {
                AddressMapTab.formatInto(w, m.ref(), addressesOf(m.name().key()));
            }
            addressMap = w.chunk();
        }
        return addressMap;
    }
}
