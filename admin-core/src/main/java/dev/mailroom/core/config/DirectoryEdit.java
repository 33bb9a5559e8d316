package dev.mailroom.core.config;

import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.DuplicateException;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.NotFoundException;
import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.PostOfficeName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One change being prepared against a snapshot. It copies only what the change touches (the
 * post offices it edits, and the domain or address index if they change), records which files
 * must be rewritten, and at the end yields the next snapshot and the file contents to commit.
 */
final class DirectoryEdit {
    private final DirectorySnapshot base;
    private final TreeMap<String, PoState> postOffices;
    private final Map<String, PoDraft> drafts = new LinkedHashMap<>();
    private final Map<String, PostOfficeName> deleted = new LinkedHashMap<>();
    private Map<String, Domain> domains;
    private Map<String, Map<String, MailboxRef>> addresses;
    private final java.util.Set<String> copiedShards = new java.util.HashSet<>();
    boolean postOfficeTab;
    boolean domainTab;
    boolean addressTab;
    boolean authTab;

    DirectoryEdit(DirectorySnapshot base) {
        this.base = base;
        this.postOffices = new TreeMap<>(base.postOffices);
    }

    PoState existing(PostOfficeName name) {
        PoState s = postOffices.get(name.key());
        if (s == null) {
            throw new NotFoundException("Post office '" + name + "' does not exist");
        }
        return s;
    }

    PoDraft draft(PostOfficeName name) {
        PoDraft d = drafts.get(name.key());
        if (d == null) {
            d = new PoDraft(existing(name));
            drafts.put(name.key(), d);
        }
        return d;
    }

    void createPostOffice(PostOffice po) {
        if (postOffices.containsKey(po.name().key())) {
            throw new DuplicateException("name", "Post office '" + po.name() + "' already exists");
        }
        PoDraft d = new PoDraft(po);
        d.mailboxTabChanged = true;
        postOffices.put(po.name().key(), d.build());
        drafts.put(po.name().key(), d);
        deleted.remove(po.name().key());
        postOfficeTab = true;
    }

    /** Removes the post office and everything in it; returns the draft as it was. */
    PoDraft deletePostOffice(PostOfficeName name) {
        PoDraft d = draft(name);
        drafts.remove(name.key());
        postOffices.remove(name.key());
        deleted.put(name.key(), d.postOffice.name());
        d.domains.keySet().forEach(domains()::remove);
        d.addresses.values().forEach(list -> list.forEach(this::removeFromIndex));
        postOfficeTab = true;
        domainTab = !d.domains.isEmpty() || domainTab;
        addressTab = true;
        authTab = true;
        return d;
    }

    Map<String, Domain> domains() {
        if (domains == null) {
            domains = new HashMap<>(base.domains);
        }
        return domains;
    }

    /** The shard of the address's domain, copied on first change (the index is never changed in place). */
    private Map<String, MailboxRef> shard(EmailAddress address) {
        if (addresses == null) {
            addresses = new HashMap<>(base.addresses);
        }
        String domain = address.domain().value();
        if (copiedShards.add(domain)) {
            addresses.put(domain, new HashMap<>(addresses.getOrDefault(domain, Map.of())));
        }
        return addresses.get(domain);
    }

    private void removeFromIndex(EmailAddress address) {
        Map<String, MailboxRef> shard = shard(address);
        shard.remove(address.key());
        if (shard.isEmpty()) {
            addresses.remove(address.domain().value());
            copiedShards.remove(address.domain().value());
        }
    }

    MailboxRef resolve(EmailAddress address) {
        if (addresses == null) {
            return base.resolve(address);
        }
        Map<String, MailboxRef> s = addresses.get(address.domain().value());
        return s == null ? null : s.get(address.key());
    }

    void mapAddress(PoDraft draft, MailboxRef ref, EmailAddress address) {
        MailboxRef owner = resolve(address);
        if (owner != null) {
            throw new DuplicateException("address", "Address " + address + " already belongs to " + owner);
        }
        shard(address).put(address.key(), ref);
        draft.addAddress(ref.mailbox().key(), address);
        addressTab = true;
    }

    void unmapAddress(PoDraft draft, MailboxRef ref, EmailAddress address) {
        removeFromIndex(address);
        draft.removeAddress(ref.mailbox().key(), address);
        addressTab = true;
    }

    DirectorySnapshot build() {
        drafts.forEach((key, d) -> postOffices.put(key, d.build()));
        return new DirectorySnapshot(postOffices, domains == null ? base.domains : domains,
                addresses == null ? base.addresses : addresses);
    }

    /** The files this change rewrites, with their content taken from the next snapshot. */
    List<ConfigJournal.FileChange> files(DirectorySnapshot next) {
        List<ConfigJournal.FileChange> files = new ArrayList<>();
        for (Map.Entry<String, PoDraft> e : drafts.entrySet()) {
            if (e.getValue().mailboxTabChanged) {
                PoState s = next.postOffices.get(e.getKey());
                TabLines.Writer w = MailboxTab.format(s.mailboxList);
                files.add(new ConfigJournal.FileChange(MailboxTab.relativePath(s.postOffice.name()),
                        List.of(w.bytes()), w.lines()));
            }
        }
        for (PostOfficeName gone : deleted.values()) {
            files.add(ConfigJournal.FileChange.delete(MailboxTab.relativePath(gone)));
        }
        if (postOfficeTab) {
            TabLines.Writer w = PostOfficeTab.format(next.postOfficeList);
            files.add(new ConfigJournal.FileChange(PostOfficeTab.FILE, List.of(w.bytes()), w.lines()));
        }
        if (domainTab) {
            List<Domain> all = new ArrayList<>(next.domains.values());
            all.sort(Comparator.comparing((Domain d) -> d.postOffice().key()).thenComparing(Domain::name));
            TabLines.Writer w = DomainTab.format(all);
            files.add(new ConfigJournal.FileChange(DomainTab.FILE, List.of(w.bytes()), w.lines()));
        }
        if (authTab) {
            files.add(concat(AuthTab.FILE, next, true));
        }
        if (addressTab) {
            files.add(concat(AddressMapTab.FILE, next, false));
        }
        return files;
    }

    private static ConfigJournal.FileChange concat(String file, DirectorySnapshot next, boolean auth) {
        List<byte[]> chunks = new ArrayList<>(next.postOffices.size());
        int lines = 0;
        for (PoState s : next.postOffices.values()) {
            TabLines.Chunk w = auth ? s.authLines() : s.addressLines();
            chunks.add(w.bytes());
            lines += w.lines();
        }
        return new ConfigJournal.FileChange(file, chunks, lines);
    }
}
