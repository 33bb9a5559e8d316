package dev.mailroom.core.config;

import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code recover} command (knowledge base article 23), run while no server uses the
 * directory:
 * <ol>
 *   <li>finishes or rolls back a change a crash interrupted (the journal);</li>
 *   <li>restores each missing, truncated or unparsable TAB and JSON file from .BAK, else .SAV;</li>
 *   <li>like MERECOVER, rebuilds {@code Config/Postoffices/<PO>/MAILBOX.TAB.REC} for every post
 *       office folder of the message store and {@code Config/ADDRESS-MAP.TAB.REC} from the
 *       mailbox folders {@code Postoffices/<PO>/MAILROOT/<MAILBOX>}, for the administrator to
 *       review and rename to .TAB where the .TAB is wrong.</li>
 * </ol>
 * Nothing it writes is used until an administrator adopts it.
 */
public final class Recovery {
    public static final String REC = ".REC";

    private Recovery() {
    }

    /**
     * Runs the recovery and returns its report, one line per finding.
     *
     * @throws DataDirLock.HeldException when a server is running on the directory
     */
    public static List<String> run(Path dataDir) throws IOException {
        List<String> report = new ArrayList<>();
        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
            Path configDir = dataDir.resolve("Config");
            Files.createDirectories(configDir);
            report.addAll(new ConfigJournal(configDir, new SaveCopies()).recover());
            DirectorySnapshot current = restore(configDir, report);
            for (SettingsSection<?> section : SettingsSections.all()) {
                new JsonSettingsStore(dataDir, report::add).read(section);
            }
            rebuild(dataDir, configDir, current, report);
        }
        return report;
    }

    private static DirectorySnapshot restore(Path configDir, List<String> report) throws IOException {
        int before = report.size();
        // Lenient: a file with no usable backup is reported and read as empty, so the rebuild
        // below still knows the post offices and domains that did survive.
        DirectorySnapshot current = new DirectoryLoader(configDir, report::add, true).load(true);
        if (report.size() == before) {
            report.add("Config TAB files: all present and readable");
        }
        return current;
    }

    private static void rebuild(Path dataDir, Path configDir, DirectorySnapshot current, List<String> report)
            throws IOException {
        Path stores = dataDir.resolve("Postoffices");
        TabLines.Writer addressMap = new TabLines.Writer();
        int unknownMailboxes = 0;
        if (Files.isDirectory(stores)) {
            for (Path poDir : sorted(stores)) {
                Path mailroot = poDir.resolve("MAILROOT");
                if (!Files.isDirectory(mailroot)) {
                    continue;
                }
                PostOfficeName po;
                try {
                    po = PostOfficeName.of(poDir.getFileName().toString());
                } catch (InvalidValueException e) {
                    report.add("Skipped folder " + stores.relativize(poDir) + ": " + e.getMessage());
                    continue;
                }
                PoState state = current.postOffices.get(po.key());
                List<Mailbox> mailboxes = new ArrayList<>();
                int added = 0;
                for (Path boxDir : sorted(mailroot)) {
                    MailboxName name;
                    try {
                        name = MailboxName.of(boxDir.getFileName().toString());
                    } catch (InvalidValueException e) {
                        report.add("Skipped folder " + dataDir.relativize(boxDir) + ": " + e.getMessage());
                        continue;
                    }
                    Mailbox known = state == null ? null : state.mailboxes.get(name.key());
                    if (known == null) {
                        added++;
                        known = new Mailbox(po, name, "", MailboxType.USER, 0, true, false, List.of(), false);
                    }
                    mailboxes.add(known);
                    AddressMapTab.formatInto(addressMap, known.ref(), addresses(known.ref(), state, current));
                }
                unknownMailboxes += added;
                TabLines.Writer w = MailboxTab.format(mailboxes);
                Path rec = configDir.resolve(MailboxTab.relativePath(state == null ? po : state.postOffice.name()) + REC);
                AtomicFiles.replace(rec, w.bytes());
                report.add("Wrote Config/" + configDir.relativize(rec).toString().replace('\\', '/') + " ("
                        + mailboxes.size() + " mailboxes from the message store, " + added + " not in its MAILBOX.TAB"
                        + (state == null ? "; post office not in POSTOFFICE.TAB" : "") + ")");
            }
        }
        AtomicFiles.replace(configDir.resolve(AddressMapTab.FILE + REC), addressMap.bytes());
        report.add("Wrote Config/" + AddressMapTab.FILE + REC + " (" + addressMap.lines() + " addresses)");
        if (unknownMailboxes > 0) {
            report.add(unknownMailboxes + " mailboxes were found only in the message store; after adopting the files,"
                    + " those without a line in AUTH.TAB need a password ('mailbox set-password')");
        }
        report.add("Review the .REC files; with the server stopped, rename those you adopt to .TAB"
                + " (only the files that were damaged)");
    }

    /** The addresses the map held for the mailbox, plus {@code mailbox@domain} for each domain of its post office. */
    private static List<EmailAddress> addresses(MailboxRef ref, PoState state, DirectorySnapshot current) {
        TreeSet<EmailAddress> out = new TreeSet<>();
        if (state != null) {
            out.addAll(state.addressesOf(ref.mailbox().key()));
            for (Domain d : state.domains) {
                try {
                    out.add(EmailAddress.of(ref.mailbox(), d.name()));
                } catch (InvalidValueException e) {
                    // too long for this domain: MailEnable would not have created it either
                }
            }
        }
        out.removeIf(a -> {
            MailboxRef owner = current.resolve(a);
            return owner != null && !owner.equals(ref);
        });
        return new ArrayList<>(out);
    }

    private static List<Path> sorted(Path dir) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, Files::isDirectory)) {
            s.forEach(p -> out.put(p.getFileName().toString(), p));
        }
        return new ArrayList<>(out.values());
    }
}
