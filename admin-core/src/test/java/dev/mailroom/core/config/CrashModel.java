package dev.mailroom.core.config;

import dev.mailroom.core.directory.Directory;
import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.core.directory.MailboxRef;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * The crash test's independent description of what each change must do, as a sorted set of
 * lines ({@code PO p}, {@code DOM d p}, {@code MB p/m}, {@code ADDR a p/m}). The child applies a
 * change to the real store; the parent applies the same change to this model to know the one
 * state besides the previous one that the store may hold after a kill.
 */
final class CrashModel {
    private CrashModel() {
    }

    /** The store's state in model form; also checks every mailbox kept its password hash. */
    static TreeSet<String> of(Directory d) {
        TreeSet<String> out = new TreeSet<>();
        for (PostOffice po : d.postOffices()) {
            String p = po.name().value();
            out.add("PO " + p);
            for (Domain dom : d.domainsOf(po.name())) {
                out.add("DOM " + dom.name() + " " + p);
            }
            for (Mailbox m : d.mailboxesOf(po.name())) {
                out.add("MB " + p + "/" + m.name() + (m.passwordHash().isEmpty() ? " NO-PASSWORD" : ""));
                for (EmailAddress a : d.addressesOf(m.ref())) {
                    out.add("ADDR " + a + " " + p + "/" + m.name());
                    if (!d.resolve(a).equals(java.util.Optional.of(m.ref()))) {
                        out.add("INDEX-MISMATCH " + a);
                    }
                }
            }
        }
        return out;
    }

    /** Picks a change valid in the store's current state, encoded as one line. */
    static String next(Random r, Directory d) {
        List<PostOffice> pos = d.postOffices();
        int dice = r.nextInt(100);
        String fresh = Long.toString(r.nextLong() & 0xffffffffL, 36);
        if (pos.isEmpty() || (dice < 15 && pos.size() < 12)) {
            return "CREATE_PO P" + fresh;
        }
        PostOffice po = pos.get(r.nextInt(pos.size()));
        String p = po.name().value();
        List<Domain> domains = d.domainsOf(po.name());
        List<Mailbox> boxes = d.mailboxesOf(po.name());
        if (dice < 22) {
            return "DELETE_PO " + p;
        }
        if (dice < 35 && domains.size() < 3) {
            return "ADD_DOMAIN " + p + " d" + fresh + ".test";
        }
        if (dice < 40 && !domains.isEmpty()) {
            return "REMOVE_DOMAIN " + p + " " + domains.get(r.nextInt(domains.size())).name();
        }
        if (dice < 75 && boxes.size() < 12 || boxes.isEmpty()) {
            return "CREATE_MB " + p + " m" + fresh;
        }
        if (dice < 85) {
            return "SET_PASSWORD " + p + " " + boxes.get(r.nextInt(boxes.size())).name();
        }
        return "DELETE_MB " + p + " " + boxes.get(r.nextInt(boxes.size())).name();
    }

    static void apply(String op, DirectoryStore store) {
        String[] f = op.split(" ");
        PostOfficeName po = PostOfficeName.of(f[1]);
        switch (f[0]) {
            case "CREATE_PO" -> store.createPostOffice(po);
            case "DELETE_PO" -> store.deletePostOffice(po);
            case "ADD_DOMAIN" -> store.addDomain(po, DomainName.of(f[2]));
            case "REMOVE_DOMAIN" -> store.removeDomain(po, DomainName.of(f[2]));
            case "CREATE_MB" -> store.createMailbox(po, MailboxName.of(f[2]), "pw".toCharArray(), MailboxType.USER, 0);
            case "SET_PASSWORD" -> store.setPassword(new MailboxRef(po, MailboxName.of(f[2])), "pw2".toCharArray());
            case "DELETE_MB" -> store.deleteMailbox(new MailboxRef(po, MailboxName.of(f[2])));
            default -> throw new IllegalArgumentException(op);
        }
    }

    /** The model state after the change. */
    static TreeSet<String> apply(String op, TreeSet<String> before) {
        String[] f = op.split(" ");
        String p = f[1];
        TreeSet<String> s = new TreeSet<>(before);
        switch (f[0]) {
            case "CREATE_PO" -> s.add("PO " + p);
            case "DELETE_PO" -> s.removeIf(l -> l.equals("PO " + p) || l.endsWith(" " + p)
                    || l.startsWith("MB " + p + "/") || l.contains(" " + p + "/"));
            case "ADD_DOMAIN" -> {
                s.add("DOM " + f[2] + " " + p);
                for (String m : mailboxes(before, p)) {
                    s.add("ADDR " + m + "@" + f[2] + " " + p + "/" + m);
                }
            }
            case "REMOVE_DOMAIN" -> {
                s.remove("DOM " + f[2] + " " + p);
                s.removeIf(l -> l.startsWith("ADDR ") && l.contains("@" + f[2] + " " + p + "/"));
            }
            case "CREATE_MB" -> {
                s.add("MB " + p + "/" + f[2]);
                for (String l : before) {
                    if (l.startsWith("DOM ") && l.endsWith(" " + p)) {
                        String dom = l.split(" ")[1];
                        s.add("ADDR " + f[2] + "@" + dom + " " + p + "/" + f[2]);
                    }
                }
            }
            case "SET_PASSWORD" -> {
                // the hash changes; the model only checks that one is there
            }
            case "DELETE_MB" -> s.removeIf(l -> l.equals("MB " + p + "/" + f[2]) || l.endsWith(" " + p + "/" + f[2]));
            default -> throw new IllegalArgumentException(op);
        }
        return s;
    }

    private static List<String> mailboxes(TreeSet<String> state, String p) {
        return state.stream().filter(l -> l.startsWith("MB " + p + "/"))
                .map(l -> l.substring(("MB " + p + "/").length())).toList();
    }
}
