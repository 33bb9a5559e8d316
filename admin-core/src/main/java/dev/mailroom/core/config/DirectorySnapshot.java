package dev.mailroom.core.config;

import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.PostOffice;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * One consistent version of the directory with its indexes: post offices by key (sorted),
 * domains by name, and the address map by address key. Never changed once built; a write
 * builds the next one and swaps it in, so a reader always sees a whole change or none of it.
 */
final class DirectorySnapshot {
    static final DirectorySnapshot EMPTY = new DirectorySnapshot(new java.util.TreeMap<>(), Map.of(), Map.of());

    final NavigableMap<String, PoState> postOffices;
    final List<PostOffice> postOfficeList;
    final Map<String, Domain> domains;
    /** Address key to mailbox, sharded by domain so a change copies only its domain's shard. */
    final Map<String, Map<String, MailboxRef>> addresses;

    DirectorySnapshot(NavigableMap<String, PoState> postOffices, Map<String, Domain> domains,
                      Map<String, Map<String, MailboxRef>> addresses) {
        this.postOffices = Collections.unmodifiableNavigableMap(postOffices);
        this.postOfficeList = postOffices.values().stream().map(p -> p.postOffice).toList();
        this.domains = Collections.unmodifiableMap(domains);
        this.addresses = Collections.unmodifiableMap(addresses);
    }

    MailboxRef resolve(dev.mailroom.core.model.EmailAddress address) {
        Map<String, MailboxRef> shard = addresses.get(address.domain().value());
        return shard == null ? null : shard.get(address.key());
    }

    int mailboxCount() {
        return postOffices.values().stream().mapToInt(p -> p.mailboxList.size()).sum();
    }
}
