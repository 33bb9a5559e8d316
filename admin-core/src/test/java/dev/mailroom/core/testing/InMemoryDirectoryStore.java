package dev.mailroom.core.testing;

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
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A real, working {@link DirectoryStore} held in memory, following the contract's rules
 * (case-insensitive names, addresses created per domain, cascading deletes). The policy tests
 * use it because the decision is pure and needs only the directory; the store helper's
 * file-backed ConfigStore is the production implementation and the server's end-to-end
 * contract tests run against that one.
 */
public final class InMemoryDirectoryStore implements DirectoryStore {
    private final PasswordHasher hasher = new PasswordHasher(1_000);
    private final Map<PostOfficeName, PostOffice> postOffices = new TreeMap<>();
    private final Map<DomainName, Domain> domains = new TreeMap<>();
    private final Map<MailboxRef, Mailbox> mailboxes = new java.util.HashMap<>();
    private final Map<EmailAddress, MailboxRef> addressMap = new TreeMap<>();

    @Override
    public synchronized List<PostOffice> postOffices() {
        return List.copyOf(postOffices.values());
    }

    @Override
    public synchronized Optional<PostOffice> postOffice(PostOfficeName name) {
        return Optional.ofNullable(postOffices.get(name));
    }

    @Override
    public synchronized List<Domain> domainsOf(PostOfficeName postOffice) {
        return domains.values().stream().filter(d -> d.postOffice().equals(postOffice)).toList();
    }

    @Override
    public synchronized Optional<Domain> domain(DomainName name) {
        return Optional.ofNullable(domains.get(name));
    }

    @Override
    public synchronized List<Mailbox> mailboxesOf(PostOfficeName postOffice) {
        return mailboxes.values().stream().filter(m -> m.postOffice().equals(postOffice))
                .sorted(java.util.Comparator.comparing(Mailbox::name)).toList();
    }

    @Override
    public synchronized Optional<Mailbox> mailbox(PostOfficeName postOffice, MailboxName name) {
        return Optional.ofNullable(mailboxes.get(new MailboxRef(postOffice, name)));
    }

    @Override
    public synchronized Optional<MailboxRef> resolve(EmailAddress address) {
        return Optional.ofNullable(addressMap.get(address));
    }

    @Override
    public synchronized List<EmailAddress> addressesOf(MailboxRef mailbox) {
        return addressMap.entrySet().stream().filter(e -> e.getValue().equals(mailbox)).map(Map.Entry::getKey).toList();
    }

    @Override
    public synchronized PostOffice createPostOffice(PostOfficeName name) {
        if (postOffices.containsKey(name)) {
            throw new DuplicateException("name", "Post office " + name + " exists");
        }
        PostOffice po = new PostOffice(name, true, "");
        postOffices.put(name, po);
        return po;
    }

    @Override
    public synchronized PostOffice updatePostOffice(PostOffice postOffice) {
        requirePostOffice(postOffice.name());
        postOffices.put(postOffice.name(), postOffice);
        return postOffice;
    }

    @Override
    public synchronized DeletionSummary deletePostOffice(PostOfficeName name) {
        requirePostOffice(name);
        int d = domainsOf(name).size();
        domains.values().removeIf(x -> x.postOffice().equals(name));
        int m = (int) mailboxes.keySet().stream().filter(r -> r.postOffice().equals(name)).count();
        mailboxes.keySet().removeIf(r -> r.postOffice().equals(name));
        int before = addressMap.size();
        addressMap.values().removeIf(r -> r.postOffice().equals(name));
        postOffices.remove(name);
        return new DeletionSummary(d, m, before - addressMap.size());
    }

    @Override
    public synchronized Domain addDomain(PostOfficeName postOffice, DomainName domain) {
        requirePostOffice(postOffice);
        if (domains.containsKey(domain)) {
            throw new DuplicateException("name", "Domain " + domain + " exists");
        }
        Domain d = Domain.of(domain, postOffice);
        domains.put(domain, d);
        for (Mailbox m : mailboxesOf(postOffice)) {
            addressMap.putIfAbsent(EmailAddress.of(m.name(), domain), m.ref());
        }
        return d;
    }

    @Override
    public synchronized Domain updateDomain(Domain domain) {
        Domain old = domains.get(domain.name());
        if (old == null || !old.postOffice().equals(domain.postOffice())) {
            throw new NotFoundException("Domain " + domain.name() + " not found");
        }
        domains.put(domain.name(), domain);
        return domain;
    }

    @Override
    public synchronized void removeDomain(PostOfficeName postOffice, DomainName domain) {
        Domain old = domains.get(domain);
        if (old == null || !old.postOffice().equals(postOffice)) {
            throw new NotFoundException("Domain " + domain + " not found");
        }
        domains.remove(domain);
        addressMap.keySet().removeIf(a -> a.domain().equals(domain));
    }

    @Override
    public synchronized Mailbox createMailbox(PostOfficeName postOffice, MailboxName name, char[] password,
                                              MailboxType type, long quotaKb) {
        requirePostOffice(postOffice);
        MailboxRef ref = new MailboxRef(postOffice, name);
        if (mailboxes.containsKey(ref)) {
            throw new DuplicateException("name", "Mailbox " + ref + " exists");
        }
        Mailbox m = new Mailbox(postOffice, name, hasher.hash(password), type, quotaKb, true, false, List.of(), false);
        mailboxes.put(ref, m);
        for (Domain d : domainsOf(postOffice)) {
            addressMap.putIfAbsent(EmailAddress.of(name, d.name()), ref);
        }
        return m;
    }

    @Override
    public synchronized Mailbox updateMailbox(Mailbox mailbox) {
        Mailbox old = requireMailbox(mailbox.ref());
        Mailbox kept = new Mailbox(mailbox.postOffice(), mailbox.name(), old.passwordHash(), mailbox.type(),
                mailbox.quotaKb(), mailbox.enabled(), mailbox.preventAuth(), mailbox.redirectTo(), mailbox.keepLocalCopy());
        mailboxes.put(kept.ref(), kept);
        return kept;
    }

    @Override
    public synchronized void setPassword(MailboxRef mailbox, char[] password) {
        Mailbox old = requireMailbox(mailbox);
        mailboxes.put(mailbox, new Mailbox(old.postOffice(), old.name(), hasher.hash(password), old.type(),
                old.quotaKb(), old.enabled(), old.preventAuth(), old.redirectTo(), old.keepLocalCopy()));
    }

    @Override
    public synchronized void deleteMailbox(MailboxRef mailbox) {
        requireMailbox(mailbox);
        mailboxes.remove(mailbox);
        addressMap.values().removeIf(r -> r.equals(mailbox));
    }

    @Override
    public synchronized void addAddress(MailboxRef mailbox, EmailAddress address) {
        requireMailbox(mailbox);
        if (addressMap.containsKey(address)) {
            throw new DuplicateException("address", "Address " + address + " is in use");
        }
        addressMap.put(address, mailbox);
    }

    @Override
    public synchronized void removeAddress(MailboxRef mailbox, EmailAddress address) {
        if (!mailbox.equals(addressMap.get(address))) {
            throw new NotFoundException("Address " + address + " not found");
        }
        addressMap.remove(address);
    }

    @Override
    public synchronized boolean checkPassword(MailboxRef mailbox, char[] password) {
        Mailbox m = mailboxes.get(mailbox);
        return m != null && hasher.verify(password, m.passwordHash());
    }

    private void requirePostOffice(PostOfficeName name) {
        if (!postOffices.containsKey(name)) {
            throw new NotFoundException("Post office " + name + " not found");
        }
    }

    private Mailbox requireMailbox(MailboxRef ref) {
        Mailbox m = mailboxes.get(ref);
        if (m == null) {
            throw new NotFoundException("Mailbox " + ref + " not found");
        }
        return m;
    }

    /** All addresses, for tests that print the state. */
    public synchronized List<EmailAddress> allAddresses() {
        return new ArrayList<>(addressMap.keySet());
    }
}
