package dev.mailroom.core.config;

import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.model.EmailAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A post office being changed: mutable copies of one {@link PoState}, turned back into one. */
final class PoDraft {
    PostOffice postOffice;
    final TreeMap<String, Domain> domains = new TreeMap<>();
    final TreeMap<String, Mailbox> mailboxes;
    final Map<String, List<EmailAddress>> addresses;
    boolean mailboxTabChanged;

    PoDraft(PostOffice postOffice) {
        this.postOffice = postOffice;
        this.mailboxes = new TreeMap<>();
        this.addresses = new HashMap<>();
    }

    PoDraft(PoState state) {
        this.postOffice = state.postOffice;
        state.domains.forEach(d -> domains.put(d.name().value(), d));
        this.mailboxes = new TreeMap<>(state.mailboxes);
        this.addresses = new HashMap<>(state.addresses);
    }

    void addAddress(String mailboxKey, EmailAddress address) {
        List<EmailAddress> list = new ArrayList<>(addresses.getOrDefault(mailboxKey, List.of()));
        list.add(address);
        list.sort(null);
        addresses.put(mailboxKey, List.copyOf(list));
    }

    void removeAddress(String mailboxKey, EmailAddress address) {
        List<EmailAddress> list = new ArrayList<>(addresses.getOrDefault(mailboxKey, List.of()));
        list.remove(address);
        if (list.isEmpty()) {
            addresses.remove(mailboxKey);
        } else {
            addresses.put(mailboxKey, List.copyOf(list));
        }
    }

    /** Bulk loading: appends without the per-call sort; {@link #sortAddresses} finishes it. */
    void addAddressUnsorted(String mailboxKey, EmailAddress address) {
        List<EmailAddress> list = addresses.get(mailboxKey);
        if (list == null) {
            list = new ArrayList<>(2);
            addresses.put(mailboxKey, list);
        }
        list.add(address);
    }

    void sortAddresses() {
        addresses.replaceAll((k, list) -> {
            List<EmailAddress> sorted = new ArrayList<>(list);
            sorted.sort(null);
            return List.copyOf(sorted);
        });
    }

    PoState build() {
        return new PoState(postOffice, new ArrayList<>(domains.values()), mailboxes, addresses);
    }
}
