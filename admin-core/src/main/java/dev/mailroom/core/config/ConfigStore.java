package dev.mailroom.core.config;

import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.DuplicateException;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.NotFoundException;
import dev.mailroom.core.directory.PasswordHasher;
import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The directory (post offices, domains, mailboxes, address map) kept in MailEnable-named TAB
 * files under {@code Config/} and served from memory.
 *
 * <p>Reads use the current immutable {@link DirectorySnapshot} (a volatile read, then hash or
 * tree lookups), so they never block and always see one whole version. Writes are serialized:
 * each builds the next snapshot, commits the files it changes through the {@link ConfigJournal}
 * (all-or-nothing across a crash), and only then publishes the snapshot. See docs/CONFIG.md.
 */
public final class ConfigStore implements DirectoryStore {
    private final Path configDir;
    private final PasswordHasher hasher;
    private final ConfigJournal journal;
    private final Object writeLock = new Object();
    private final String dummyHash;
    private volatile DirectorySnapshot snapshot;

    private ConfigStore(Path configDir, PasswordHasher hasher, ConfigJournal journal, DirectorySnapshot snapshot) {
        this.configDir = configDir;
        this.hasher = hasher;
        this.journal = journal;
        this.snapshot = snapshot;
        // Checking a password for an unknown mailbox costs as much as for a known one, so timing
        // does not reveal which mailboxes exist.
        this.dummyHash = hasher.hash("unknown-mailbox".toCharArray());
    }

    /**
     * Opens the store, creating the data directory layout on first start. Finishes or rolls
     * back a change a crash interrupted, restores damaged files from .BAK/.SAV, and reports each
     * such repair to {@code recoveryLog}.
     *
     * @throws ConfigUnreadableException when a damaged file has no usable backup
     */
    public static ConfigStore open(Path dataDir, PasswordHasher hasher, Consumer<String> recoveryLog) {
        try {
            Path configDir = dataDir.resolve("Config");
            boolean firstStart = !Files.exists(configDir.resolve(PostOfficeTab.FILE))
                    && !Files.exists(SaveCopies.bakOf(configDir.resolve(PostOfficeTab.FILE)))
                    && !Files.exists(SaveCopies.savOf(configDir.resolve(PostOfficeTab.FILE)))
                    && !Files.exists(configDir.resolve(ConfigJournal.NAME));
            for (Path dir : List.of(dataDir, configDir, configDir.resolve("Postoffices"), dataDir.resolve("Postoffices"))) {
                if (!Files.isDirectory(dir)) {
                    Files.createDirectories(dir);
                    AtomicFiles.fsyncDirectory(dir.getParent());
                }
            }
            ConfigJournal journal = new ConfigJournal(configDir, new SaveCopies());
            journal.recover().forEach(recoveryLog);
            DirectorySnapshot snapshot = new DirectoryLoader(configDir, recoveryLog).load(!firstStart);
            ConfigStore store = new ConfigStore(configDir, hasher, journal, snapshot);
            if (firstStart) {
                store.writeAll();
            }
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the config store in " + dataDir, e);
        }
    }

    /** The {@code Config} directory. */
    public Path configDir() {
        return configDir;
    }

    // ---- reads -------------------------------------------------------------------------

    @Override
    public List<PostOffice> postOffices() {
        return snapshot.postOfficeList;
    }

    @Override
    public Optional<PostOffice> postOffice(PostOfficeName name) {
        return Optional.ofNullable(snapshot.postOffices.get(name.key())).map(s -> s.postOffice);
    }

    @Override
    public List<Domain> domainsOf(PostOfficeName postOffice) {
        PoState s = snapshot.postOffices.get(postOffice.key());
        return s == null ? List.of() : s.domains;
    }

    @Override
    public Optional<Domain> domain(DomainName name) {
        return Optional.ofNullable(snapshot.domains.get(name.value()));
    }

    @Override
    public List<Mailbox> mailboxesOf(PostOfficeName postOffice) {
        PoState s = snapshot.postOffices.get(postOffice.key());
        return s == null ? List.of() : s.mailboxList;
    }

    @Override
    public Optional<Mailbox> mailbox(PostOfficeName postOffice, MailboxName name) {
        PoState s = snapshot.postOffices.get(postOffice.key());
        return s == null ? Optional.empty() : Optional.ofNullable(s.mailboxes.get(name.key()));
    }

    @Override
    public Optional<MailboxRef> resolve(EmailAddress address) {
        return Optional.ofNullable(snapshot.resolve(address));
    }

    @Override
    public List<EmailAddress> addressesOf(MailboxRef mailbox) {
        PoState s = snapshot.postOffices.get(mailbox.postOffice().key());
        return s == null ? List.of() : s.addressesOf(mailbox.mailbox().key());
    }

    /** Total mailboxes over all post offices (status page, benchmark). */
    public int mailboxCount() {
        return snapshot.mailboxCount();
    }

    // ---- writes ------------------------------------------------------------------------

    @Override
    public PostOffice createPostOffice(PostOfficeName name) {
        PostOffice po = new PostOffice(name, true, "");
        return change(edit -> {
            edit.createPostOffice(po);
            return po;
        });
    }

    @Override
    public PostOffice updatePostOffice(PostOffice postOffice) {
        PostOffice po = new PostOffice(postOffice.name(), postOffice.enabled(), Values.boundIp(postOffice.boundIp()));
        return change(edit -> {
            PoDraft d = edit.draft(po.name());
            // keep the stored spelling of the name; the key is what identifies it
            d.postOffice = new PostOffice(d.postOffice.name(), po.enabled(), po.boundIp());
            edit.postOfficeTab = true;
            return d.postOffice;
        });
    }

    @Override
    public DeletionSummary deletePostOffice(PostOfficeName name) {
        return change(edit -> {
            PoDraft gone = edit.deletePostOffice(name);
            int addresses = gone.addresses.values().stream().mapToInt(List::size).sum();
            return new DeletionSummary(gone.domains.size(), gone.mailboxes.size(), addresses);
        });
    }

    @Override
    public Domain addDomain(PostOfficeName postOffice, DomainName domain) {
        return change(edit -> {
            PoDraft d = edit.draft(postOffice);
            Domain existing = edit.domains().get(domain.value());
            if (existing != null) {
                throw new DuplicateException("name", "Domain " + domain + " is already served by post office "
                        + existing.postOffice());
            }
            Domain added = Domain.of(domain, d.postOffice.name());
            edit.domains().put(domain.value(), added);
            d.domains.put(domain.value(), added);
            edit.domainTab = true;
            for (Mailbox m : d.mailboxes.values()) {
                EmailAddress a = EmailAddress.of(m.name(), domain);
                if (edit.resolve(a) == null) { // an alias someone already mapped keeps its owner
                    edit.mapAddress(d, m.ref(), a);
                }
            }
            return added;
        });
    }

    @Override
    public Domain updateDomain(Domain domain) {
        Domain checked = Values.domain(domain);
        return change(edit -> {
            Domain existing = edit.domains().get(checked.name().value());
            if (existing == null || !existing.postOffice().equals(checked.postOffice())) {
                throw new NotFoundException("Domain " + checked.name() + " is not served by post office "
                        + checked.postOffice());
            }
            PoDraft d = edit.draft(checked.postOffice());
            Domain updated = new Domain(existing.name(), existing.postOffice(), checked.enabled(), checked.catchAll(),
                    checked.abuseRedirect(), checked.postmasterRedirect(), checked.blacklist());
            edit.domains().put(updated.name().value(), updated);
            d.domains.put(updated.name().value(), updated);
            edit.domainTab = true;
            return updated;
        });
    }

    @Override
    public void removeDomain(PostOfficeName postOffice, DomainName domain) {
        change(edit -> {
            PoDraft d = edit.draft(postOffice);
            if (d.domains.remove(domain.value()) == null) {
                throw new NotFoundException("Domain " + domain + " is not served by post office " + postOffice);
            }
            edit.domains().remove(domain.value());
            edit.domainTab = true;
            for (String mailboxKey : new ArrayList<>(d.addresses.keySet())) {
                Mailbox m = d.mailboxes.get(mailboxKey);
                for (EmailAddress a : d.addresses.get(mailboxKey)) {
                    if (a.domain().equals(domain)) {
                        edit.unmapAddress(d, m.ref(), a);
                    }
                }
            }
            return null;
        });
    }

    @Override
    public Mailbox createMailbox(PostOfficeName postOffice, MailboxName name, char[] password, MailboxType type,
                                 long quotaKb) {
        requirePassword(password);
        Values.mailbox(new Mailbox(postOffice, name, "", type, quotaKb, true, false, List.of(), false));
        postOffice(postOffice).orElseThrow(() -> new NotFoundException("Post office '" + postOffice + "' does not exist"));
        String hash = hasher.hash(password); // slow on purpose: done before taking the write lock
        return change(edit -> {
            PoDraft d = edit.draft(postOffice);
            if (d.mailboxes.containsKey(name.key())) {
                throw new DuplicateException("name", "Mailbox '" + name + "' already exists in post office " + postOffice);
            }
            Mailbox m = new Mailbox(d.postOffice.name(), name, hash, type, quotaKb, true, false, List.of(), false);
            d.mailboxes.put(name.key(), m);
            d.mailboxTabChanged = true;
            edit.authTab = true;
            for (Domain domain : d.domains.values()) {
                EmailAddress a;
                try {
                    a = EmailAddress.of(name, domain.name());
                } catch (InvalidValueException e) {
                    throw new InvalidValueException("name", e.getMessage());
                }
                MailboxRef owner = edit.resolve(a);
                if (owner != null) {
                    throw new DuplicateException("name", "Address " + a + " already belongs to " + owner);
                }
                edit.mapAddress(d, m.ref(), a);
            }
            return m;
        });
    }

    @Override
    public Mailbox updateMailbox(Mailbox mailbox) {
        Values.mailbox(mailbox);
        return change(edit -> {
            PoDraft d = edit.draft(mailbox.postOffice());
            Mailbox old = d.mailboxes.get(mailbox.name().key());
            if (old == null) {
                throw new NotFoundException("Mailbox '" + mailbox.ref() + "' does not exist");
            }
            Mailbox updated = new Mailbox(old.postOffice(), old.name(), old.passwordHash(), mailbox.type(),
                    mailbox.quotaKb(), mailbox.enabled(), mailbox.preventAuth(), mailbox.redirectTo(),
                    mailbox.keepLocalCopy());
            d.mailboxes.put(old.name().key(), updated);
            d.mailboxTabChanged = true;
            return updated;
        });
    }

    @Override
    public void setPassword(MailboxRef mailbox, char[] password) {
        requirePassword(password);
        String hash = hasher.hash(password);
        change(edit -> {
            PoDraft d = edit.draft(mailbox.postOffice());
            Mailbox old = existingMailbox(d, mailbox);
            d.mailboxes.put(old.name().key(), new Mailbox(old.postOffice(), old.name(), hash, old.type(), old.quotaKb(),
                    old.enabled(), old.preventAuth(), old.redirectTo(), old.keepLocalCopy()));
            edit.authTab = true;
            return null;
        });
    }

    @Override
    public void deleteMailbox(MailboxRef mailbox) {
        change(edit -> {
            PoDraft d = edit.draft(mailbox.postOffice());
            Mailbox old = existingMailbox(d, mailbox);
            for (EmailAddress a : List.copyOf(d.addresses.getOrDefault(old.name().key(), List.of()))) {
                edit.unmapAddress(d, old.ref(), a);
            }
            d.mailboxes.remove(old.name().key());
            d.mailboxTabChanged = true;
            edit.authTab = true;
            return null;
        });
    }

    @Override
    public void addAddress(MailboxRef mailbox, EmailAddress address) {
        change(edit -> {
            PoDraft d = edit.draft(mailbox.postOffice());
            Mailbox m = existingMailbox(d, mailbox);
            edit.mapAddress(d, m.ref(), address);
            return null;
        });
    }

    @Override
    public void removeAddress(MailboxRef mailbox, EmailAddress address) {
        change(edit -> {
            PoDraft d = edit.draft(mailbox.postOffice());
            Mailbox m = existingMailbox(d, mailbox);
            MailboxRef owner = edit.resolve(address);
            if (owner == null || !owner.equals(m.ref())) {
                throw new NotFoundException("Address " + address + " is not mapped to " + mailbox);
            }
            edit.unmapAddress(d, m.ref(), address);
            return null;
        });
    }

    @Override
    public boolean checkPassword(MailboxRef mailbox, char[] password) {
        Optional<Mailbox> m = mailbox(mailbox);
        if (m.isEmpty() || m.get().passwordHash().isEmpty()) {
            hasher.verify(password == null ? new char[0] : password, dummyHash);
            return false;
        }
        return hasher.verify(password, m.get().passwordHash());
    }

    // ---- internals -------------------------------------------------------------------------

    private static Mailbox existingMailbox(PoDraft d, MailboxRef ref) {
        Mailbox m = d.mailboxes.get(ref.mailbox().key());
        if (m == null) {
            throw new NotFoundException("Mailbox '" + ref + "' does not exist");
        }
        return m;
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new InvalidValueException("password", "Password is required");
        }
    }

    /** One serialized change: prepare against the current snapshot, commit its files, publish. */
    private <T> T change(Function<DirectoryEdit, T> operation) {
        synchronized (writeLock) {
            DirectoryEdit edit = new DirectoryEdit(snapshot);
            T result = operation.apply(edit);
            DirectorySnapshot next = edit.build();
            try {
                journal.commit(edit.files(next));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the configuration: " + e.getMessage(), e);
            }
            snapshot = next;
            return result;
        }
    }

    /** Writes every file (first start): the layout exists on disk before anything else runs. */
    private void writeAll() {
        change(edit -> {
            edit.postOfficeTab = true;
            edit.domainTab = true;
            edit.addressTab = true;
            edit.authTab = true;
            return null;
        });
    }
}
