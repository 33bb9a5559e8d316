package dev.mailroom.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes a change that rewrites several config files all-or-nothing across a crash (a redo log).
 *
 * <ol>
 *   <li>Each new file is written beside its target as {@code <file>.NEW} and fsynced.</li>
 *   <li>{@code Config/TRANSACTION.JNL} lists every file (size, CRC32, entry count) and ends with
 *       a CRC of itself; it is written to a temp name, fsynced and renamed into place, then the
 *       directory is fsynced. <b>That rename is the commit point.</b></li>
 *   <li>Each target is linked to {@code .BAK}, the {@code .NEW} renamed over it, .SAV updated,
 *       directories fsynced.</li>
 *   <li>The journal is deleted.</li>
 * </ol>
 * At open, a valid journal means the change committed: the renames not yet done are redone
 * (each step is idempotent: a {@code .NEW} that is gone was already renamed). No journal means
 * the change never committed: leftover {@code .NEW} files are deleted, the old files stand.
 */
final class ConfigJournal {
    static final String NAME = "TRANSACTION.JNL";
    private static final String MAGIC = "MAILROOM-JOURNAL\t1";
    private final Path configDir;
    private final SaveCopies saves;

    /** One file of a change: new content as chunks, or {@code null} chunks to delete the file. */
    record FileChange(String relativePath, List<byte[]> chunks, int entries) {
        static FileChange delete(String relativePath) {
            return new FileChange(relativePath, null, 0);
        }
    }

    private record Entry(String op, String path, long size, long crc, int entries) {
    }

    ConfigJournal(Path configDir, SaveCopies saves) {
        this.configDir = configDir;
        this.saves = saves;
    }

    void commit(List<FileChange> changes) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Set<Path> dirs = new LinkedHashSet<>();
        for (FileChange c : changes) {
            Path target = resolve(c.relativePath());
            if (c.chunks() == null) {
                entries.add(new Entry("DELETE", c.relativePath(), 0, 0, 0));
                continue;
            }
            if (!Files.isDirectory(target.getParent())) {
                Files.createDirectories(target.getParent());
                AtomicFiles.fsyncDirectory(target.getParent().getParent());
            }
            long crc = AtomicFiles.writeSynced(newOf(target), c.chunks());
            long size = c.chunks().stream().mapToLong(b -> b.length).sum();
            entries.add(new Entry("PUT", c.relativePath(), size, crc, c.entries()));
            dirs.add(target.getParent());
        }
        for (Path d : dirs) {
            AtomicFiles.fsyncDirectory(d);
        }
        AtomicFiles.replace(configDir.resolve(NAME), encode(entries));
        apply(entries);
        Files.delete(configDir.resolve(NAME));
        AtomicFiles.fsyncDirectory(configDir);
    }

    /** Finishes or rolls back a change a crash interrupted. Returns what it did, for the log. */
    List<String> recover() throws IOException {
        List<String> log = new ArrayList<>();
        Path journal = configDir.resolve(NAME);
        if (Files.exists(journal)) {
            List<Entry> entries = decode(Files.readAllBytes(journal));
            if (entries == null) {
                log.add("Config/" + NAME + " is damaged; the interrupted change is rolled back");
            } else {
                apply(entries);
                log.add("Completed an interrupted config change (" + entries.size() + " files)");
            }
            Files.delete(journal);
            AtomicFiles.fsyncDirectory(configDir);
        }
        int removed = removeLeftovers();
        if (removed > 0) {
            log.add("Rolled back an uncommitted config change (" + removed + " temporary files removed)");
        }
        return log;
    }

    private void apply(List<Entry> entries) throws IOException {
        Set<Path> dirs = new LinkedHashSet<>();
        for (Entry e : entries) {
            Path target = resolve(e.path());
            if (e.op().equals("DELETE")) {
                if (Files.exists(target)) {
                    AtomicFiles.move(target, SaveCopies.bakOf(target));
                    dirs.add(target.getParent());
                }
                continue;
            }
            Path fresh = newOf(target);
            if (!Files.exists(fresh)) {
                continue; // already renamed before the crash
            }
            if (Files.exists(target)) {
                AtomicFiles.snapshot(target, SaveCopies.bakOf(target));
            }
            AtomicFiles.move(fresh, target);
            saves.written(target, e.entries());
            dirs.add(target.getParent());
        }
        for (Path d : dirs) {
            AtomicFiles.fsyncDirectory(d);
        }
    }

    private int removeLeftovers() throws IOException {
        if (!Files.isDirectory(configDir)) {
            return 0;
        }
        List<Path> leftovers;
        try (Stream<Path> s = Files.walk(configDir, 3)) {
            leftovers = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".NEW") || n.endsWith(".tmp");
            }).toList();
        }
        for (Path p : leftovers) {
            Files.deleteIfExists(p);
        }
        return leftovers.size();
    }

    private Path resolve(String relative) {
        Path p = configDir.resolve(relative).normalize();
        if (!p.startsWith(configDir) || relative.contains("..")) {
            throw new IllegalArgumentException("journal path escapes the config directory: " + relative);
        }
        return p;
    }

    private static Path newOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".NEW");
    }

    /** The journal that would commit these changes (tests build a "crashed after commit" state). */
    static byte[] encodeChanges(List<FileChange> changes) {
        List<Entry> entries = new ArrayList<>();
        for (FileChange c : changes) {
            if (c.chunks() == null) {
                entries.add(new Entry("DELETE", c.relativePath(), 0, 0, 0));
            } else {
                long crc = 0;
                java.util.zip.CRC32 crc32 = new java.util.zip.CRC32();
                c.chunks().forEach(crc32::update);
                crc = crc32.getValue();
                entries.add(new Entry("PUT", c.relativePath(), c.chunks().stream().mapToLong(b -> b.length).sum(),
                        crc, c.entries()));
            }
        }
        return encode(entries);
    }

    private static byte[] encode(List<Entry> entries) {
        StringBuilder sb = new StringBuilder(MAGIC).append('\n');
        for (Entry e : entries) {
            sb.append(e.op()).append('\t').append(e.path()).append('\t').append(e.size()).append('\t')
                    .append(e.crc()).append('\t').append(e.entries()).append('\n');
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        return (sb + "END\t" + AtomicFiles.crc(body) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The entries, or null when the journal is not complete and intact. */
    private static List<Entry> decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("END\t");
        if (end < 0 || !text.endsWith("\n")) {
            return null;
        }
        byte[] body = text.substring(0, end).getBytes(StandardCharsets.UTF_8);
        try {
            long crc = Long.parseLong(text.substring(end + 4, text.length() - 1));
            if (crc != AtomicFiles.crc(body)) {
                return null;
            }
            String[] lines = text.substring(0, end).split("\n");
            if (!lines[0].equals(MAGIC)) {
                return null;
            }
            List<Entry> entries = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t", -1);
                entries.add(new Entry(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), Integer.parseInt(f[4])));
            }
            return entries;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
