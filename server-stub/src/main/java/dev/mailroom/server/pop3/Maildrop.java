package dev.mailroom.server.pop3;

import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.server.store.MessageStore;
import dev.mailroom.server.store.MessageStore.StoredMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The mailbox's Inbox as one session sees it: the messages present at login, numbered from 1,
 * with their deletion marks. Marks live only here; the store is touched only by
 * {@link #commit()} in the UPDATE state, so a dropped connection removes nothing.
 */
public final class Maildrop {
    /** RFC 1939: a unique-id is 1 to 70 characters in the range 0x21 to 0x7E. */
    private static final int MAX_UID = 70;

    /** One message of the listing. */
    public record Entry(int number, StoredMessage message, long octets, String uid) {
    }

    private final MailboxRef mailbox;
    private final MessageStore store;
    private final List<Entry> entries;
    private final BitSet deleted = new BitSet();

    private Maildrop(MailboxRef mailbox, MessageStore store, List<Entry> entries) {
        this.mailbox = mailbox;
        this.store = store;
        this.entries = entries;
    }

    /** Lists the Inbox and measures each message's wire size (see {@link MessageWire#octets}). */
    public static Maildrop open(MessageStore store, MailboxRef mailbox) throws IOException {
        List<StoredMessage> stored = store.list(mailbox, MessageStore.INBOX);
        List<Entry> entries = new ArrayList<>(stored.size());
        MessageWire.Buffers buffers = new MessageWire.Buffers();
        for (StoredMessage m : stored) {
            long octets;
            try (InputStream in = store.open(m)) {
                octets = MessageWire.octets(in, buffers);
            } catch (java.nio.file.NoSuchFileException gone) {
                // Removed between listing and measuring (purge); it is not part of this maildrop.
                continue;
            }
            entries.add(new Entry(entries.size() + 1, m, octets, uidOf(m.id())));
        }
        return new Maildrop(mailbox, store, entries);
    }

    /**
     * The message id is the UID: it names the file, so it survives sessions and restarts. An id
     * outside RFC 1939's character range or length is replaced by its SHA-256 (also stable).
     */
    static String uidOf(String messageId) {
        boolean printable = !messageId.isEmpty() && messageId.length() <= MAX_UID
                && messageId.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
        if (printable) {
            return messageId;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public MailboxRef mailbox() {
        return mailbox;
    }

    /** Messages not marked deleted, in number order. */
    public List<Entry> live() {
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (!deleted.get(e.number())) {
                out.add(e);
            }
        }
        return out;
    }

    public int liveCount() {
        return entries.size() - deleted.cardinality();
    }

    public long liveOctets() {
        long total = 0;
        for (Entry e : entries) {
            if (!deleted.get(e.number())) {
                total += e.octets();
            }
        }
        return total;
    }

    /**
     * The message a command argument names.
     *
     * @throws Pop3Refusal for a non-number, a number out of range or a message marked deleted
     */
    public Entry find(String arg) throws Pop3Refusal {
        int n = parseNumber(arg, "message number");
        if (n < 1 || n > entries.size()) {
            throw new Pop3Refusal("No such message: " + n + " (the maildrop has " + entries.size() + ")");
        }
        if (deleted.get(n)) {
            throw new Pop3Refusal("Message " + n + " is already deleted");
        }
        return entries.get(n - 1);
    }

    /** The message id a RETR/TOP/DELE argument names, for the activity log's message column. */
    public Optional<String> idOf(String arg) {
        String first = arg == null ? "" : arg.strip().split(" ")[0];
        try {
            int n = parseNumber(first, "message number");
            return n >= 1 && n <= entries.size() ? Optional.of(entries.get(n - 1).message().id())
                    : Optional.empty();
        } catch (Pop3Refusal notANumber) {
            return Optional.empty();
        }
    }

    public void markDeleted(Entry entry) {
        deleted.set(entry.number());
    }

    /** RSET: forget every mark. */
    public void unmarkAll() {
        deleted.clear();
    }

    public int markedCount() {
        return deleted.cardinality();
    }

    /**
     * UPDATE state: removes every marked message from the store.
     *
     * @return how many could not be removed (RFC 1939: then the reply is {@code -ERR})
     */
    public int commit() {
        List<StoredMessage> marked = new ArrayList<>(deleted.cardinality());
        for (int n = deleted.nextSetBit(1); n >= 0; n = deleted.nextSetBit(n + 1)) {
            marked.add(entries.get(n - 1).message());
        }
        try {
            store.deleteAll(marked);
            return 0;
        } catch (IOException batchFailed) {
            // Find out which ones are left: deleting again is harmless for those already gone.
            int failed = 0;
            for (StoredMessage m : marked) {
                try {
                    store.delete(m);
                } catch (IOException e) {
                    failed++;
                }
            }
            return failed;
        }
    }

    /** A positive decimal number as RFC 1939 arguments are; anything else is refused. */
    public static int parseNumber(String arg, String what) throws Pop3Refusal {
        String a = arg == null ? "" : arg.strip();
        if (a.isEmpty() || a.length() > 9 || !a.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new Pop3Refusal("Invalid " + what + ": '" + (a.length() > 20 ? a.substring(0, 20) + "..." : a) + "'");
        }
        return Integer.parseInt(a);
    }
}
