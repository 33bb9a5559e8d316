package dev.mailroom.server.store;

import dev.mailroom.core.config.AtomicFiles;
import dev.mailroom.core.directory.Directory;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.NotFoundException;
import dev.mailroom.core.model.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Messages as files, MailEnable's layout: {@code Postoffices/<PO>/MAILROOT/<MAILBOX>/<Folder>/<id>.MAI}.
 *
 * <p>A delivery streams into a hidden temp file in the target folder, fsyncs it, checks the
 * quota, renames it to {@code <id>.MAI} and fsyncs the folder: when {@link #deliver} returns the
 * message survives a crash, and a crash before that leaves only a temp file that no listing
 * shows. Folder paths use the directory's stored spelling of the names, so {@code ALICE@EXAMPLE}
 * and {@code alice@Example} reach the same folder on a case-sensitive file system.
 */
public final class FileMessageStore implements MessageStore {
    public static final String SUFFIX = ".MAI";
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final String TEMP_PREFIX = ".incoming-";
    private final Path postOfficesDir;
    private final Directory directory;
    private final Map<String, AtomicLong> usage = new ConcurrentHashMap<>();
    private final Map<String, Object> mailboxLocks = new ConcurrentHashMap<>();

    public FileMessageStore(Path dataDir, Directory directory) {
        this.postOfficesDir = dataDir.resolve("Postoffices");
        this.directory = directory;
    }

    /** {@code Postoffices/<PO>/MAILROOT/<MAILBOX>}; the mailbox need not exist (recovery scans these). */
    public Path mailboxDir(MailboxRef ref) {
        MailboxRef canonical = directory.mailbox(ref).map(Mailbox::ref).orElse(ref);
        return postOfficesDir.resolve(canonical.postOffice().value()).resolve("MAILROOT")
                .resolve(canonical.mailbox().value());
    }

    @Override
    public StoredMessage deliver(MailboxRef mailbox, String folder, String messageId, InputStream content)
            throws IOException, QuotaExceededException {
        Mailbox box = directory.mailbox(mailbox)
                .orElseThrow(() -> new NotFoundException("Mailbox '" + mailbox + "' does not exist"));
        checkId(messageId);
        Path dir = folder(mailbox, folder);
        Path target = dir.resolve(messageId + SUFFIX);
        Path temp = dir.resolve(TEMP_PREFIX + messageId);
        long size;
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(ch);
            size = content.transferTo(out);
            out.flush();
            ch.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        String key = key(mailbox);
        synchronized (mailboxLocks.computeIfAbsent(key, k -> new Object())) {
            long used = used(mailbox);
            long limit = box.quotaKb() * 1024;
            if (box.quotaKb() > 0 && used + size > limit) {
                Files.deleteIfExists(temp);
                throw new QuotaExceededException("Mailbox " + box.ref() + " is over its quota of " + box.quotaKb()
                        + " KB (" + used + " bytes used, message of " + size + " bytes)");
            }
            if (Files.exists(target)) {
                Files.deleteIfExists(temp);
                throw new java.nio.file.FileAlreadyExistsException(target.toString(), null,
                        "a message with id " + messageId + " is already stored");
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.fsyncDirectory(dir);
            usage.get(key).addAndGet(size);
        }
        return new StoredMessage(box.ref(), folder, messageId, target, size,
                Files.getLastModifiedTime(target).toMillis());
    }

    @Override
    public List<StoredMessage> list(MailboxRef mailbox, String folder) throws IOException {
        checkFolder(folder);
        Path dir = mailboxDir(mailbox).resolve(folder);
        List<StoredMessage> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        MailboxRef canonical = directory.mailbox(mailbox).map(Mailbox::ref).orElse(mailbox);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) {
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(f, BasicFileAttributes.class);
                } catch (NoSuchFileException e) {
                    continue; // deleted by another session while we listed
                }
                String name = f.getFileName().toString();
                out.add(new StoredMessage(canonical, folder, name.substring(0, name.length() - SUFFIX.length()), f,
                        a.size(), a.lastModifiedTime().toMillis()));
            }
        }
        out.sort(Comparator.comparingLong(StoredMessage::receivedMillis).thenComparing(StoredMessage::id));
        return out;
    }

    @Override
    public InputStream open(StoredMessage message) throws IOException {
        return Files.newInputStream(message.path());
    }

    @Override
    public void delete(StoredMessage message) throws IOException {
        String key = key(message.mailbox());
        synchronized (mailboxLocks.computeIfAbsent(key, k -> new Object())) {
            used(message.mailbox());
            if (Files.deleteIfExists(message.path())) {
                usage.get(key).addAndGet(-message.size());
                AtomicFiles.fsyncDirectory(message.path().getParent());
            }
        }
    }

    @Override
    public long usedBytes(MailboxRef mailbox) throws IOException {
        return used(mailbox);
    }

    @Override
    public Path folder(MailboxRef mailbox, String folder) throws IOException {
        checkFolder(folder);
        Path dir = mailboxDir(mailbox).resolve(folder);
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            AtomicFiles.fsyncDirectory(dir.getParent());
        }
        return dir;
    }

    /** Bytes of every message of the mailbox: counted from disk once, then kept by deliver/delete. */
    private long used(MailboxRef mailbox) throws IOException {
        String key = key(mailbox);
        AtomicLong cached = usage.get(key);
        if (cached != null) {
            return cached.get();
        }
        synchronized (mailboxLocks.computeIfAbsent(key, k -> new Object())) {
            cached = usage.get(key);
            if (cached == null) {
                cached = new AtomicLong(scan(mailboxDir(mailbox)));
                usage.put(key, cached);
            }
            return cached.get();
        }
    }

    private static long scan(Path mailboxDir) throws IOException {
        if (!Files.isDirectory(mailboxDir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(mailboxDir, 2)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // deleted while we counted
                }
            }).sum();
        }
    }

    private static String key(MailboxRef ref) {
        return ref.postOffice().key() + "/" + ref.mailbox().key();
    }

    private static void checkId(String id) {
        if (id == null || !MESSAGE_ID.matcher(id).matches() || id.contains("..")) {
            throw new InvalidValueException("messageId", "Message id may hold only letters, digits, '.', '_' and '-'");
        }
    }

    private static void checkFolder(String folder) {
        if (folder == null || folder.isBlank() || folder.length() > 64 || folder.equals(".") || folder.contains("..")
                || folder.startsWith(".") || folder.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
            throw new InvalidValueException("folder", "Folder name '" + folder + "' is not allowed");
        }
    }
}
