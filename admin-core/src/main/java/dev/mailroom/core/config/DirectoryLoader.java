package dev.mailroom.core.config;

import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.PostOffice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads the TAB files into a {@link DirectorySnapshot} at open. Entries that point at something
 * that does not exist (an address for a deleted mailbox, say, after one file was restored from
 * an older backup) are dropped and reported, so the snapshot is always self-consistent.
 */
final class DirectoryLoader {
    private static final int MAX_DROP_LINES = 10;
    private final Path configDir;
    private final Consumer<String> log;
    private final TabFileLoader files;

    private int dropped;

    DirectoryLoader(Path configDir, Consumer<String> log) {
        this(configDir, log, false);
    }

    DirectoryLoader(Path configDir, Consumer<String> log, boolean lenient) {
        this.configDir = configDir;
        this.log = log;
        this.files = new TabFileLoader(configDir, log, lenient);
    }

    /** Reports a dropped entry; after ten, only the count (a lost MAILBOX.TAB can orphan thousands). */
    private void drop(String line) {
        if (++dropped <= MAX_DROP_LINES) {
            log.accept(line);
        }
    }

    DirectorySnapshot load(boolean expected) throws IOException {
        List<PostOffice> postOffices = files.load(configDir.resolve(PostOfficeTab.FILE), PostOfficeTab::parse,
                List.of(), expected);
        Map<String, PoDraft> drafts = new HashMap<>();
        for (PostOffice po : postOffices) {
            if (drafts.containsKey(po.name().key())) {
                log.accept("Config/" + PostOfficeTab.FILE + " lists post office " + po.name() + " twice; kept the first");
                continue;
            }
            PoDraft d = new PoDraft(po);
            List<Mailbox> mailboxes = files.load(configDir.resolve(MailboxTab.relativePath(po.name())),
                    c -> MailboxTab.parse(c, po.name()), List.of(), true);
            for (Mailbox m : mailboxes) {
                d.mailboxes.put(m.name().key(), m);
            }
            drafts.put(po.name().key(), d);
        }
        Map<MailboxRef, String> hashes = files.load(configDir.resolve(AuthTab.FILE), AuthTab::parse, Map.of(), expected);
        hashes.forEach((ref, hash) -> {
            PoDraft d = drafts.get(ref.postOffice().key());
            Mailbox m = d == null ? null : d.mailboxes.get(ref.mailbox().key());
            if (m == null) {
                drop("Config/" + AuthTab.FILE + ": dropped the password of unknown mailbox " + ref);
                return;
            }
            d.mailboxes.put(m.name().key(), new Mailbox(m.postOffice(), m.name(), hash, m.type(), m.quotaKb(),
                    m.enabled(), m.preventAuth(), m.redirectTo(), m.keepLocalCopy()));
        });
        Map<String, Domain> domains = new HashMap<>();
        for (Domain dom : files.load(configDir.resolve(DomainTab.FILE), DomainTab::parse, List.<Domain>of(), expected)) {
            PoDraft d = drafts.get(dom.postOffice().key());
            if (d == null || domains.containsKey(dom.name().value())) {
                drop("Config/" + DomainTab.FILE + ": dropped domain " + dom.name()
                        + (d == null ? " of unknown post office " + dom.postOffice() : " listed twice"));
                continue;
            }
            domains.put(dom.name().value(), dom);
            d.domains.put(dom.name().value(), dom);
        }
        Map<String, Map<String, MailboxRef>> addresses = new HashMap<>();
        for (AddressMapTab.Row row : files.load(configDir.resolve(AddressMapTab.FILE), AddressMapTab::parse,
                List.<AddressMapTab.Row>of(), expected)) {
            PoDraft d = drafts.get(row.target().postOffice().key());
            Mailbox m = d == null ? null : d.mailboxes.get(row.target().mailbox().key());
            Map<String, MailboxRef> shard = addresses.computeIfAbsent(row.address().domain().value(),
                    k -> new HashMap<>());
            if (m == null || shard.containsKey(row.address().key())) {
                drop("Config/" + AddressMapTab.FILE + ": dropped " + row.address() + " -> " + row.target()
                        + (m == null ? " (no such mailbox)" : " (address listed twice)"));
                continue;
            }
            shard.put(row.address().key(), m.ref());
            d.addAddressUnsorted(m.name().key(), row.address());
        }
        if (dropped > MAX_DROP_LINES) {
            log.accept("... and " + (dropped - MAX_DROP_LINES) + " more entries dropped");
        }
        addresses.values().removeIf(Map::isEmpty);
        TreeMap<String, PoState> states = new TreeMap<>();
        drafts.forEach((key, d) -> {
            d.sortAddresses();
            states.put(key, d.build());
        });
        return new DirectorySnapshot(states, domains, addresses);
    }
}
