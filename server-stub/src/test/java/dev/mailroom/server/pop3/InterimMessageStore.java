package dev.mailroom.server.pop3;

import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.server.store.MessageStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Stand-in for the store branch's FileMessageStore until it is merged: the same on-disk layout
 * ({@code Postoffices/<PO>/MAILROOT/<MB>/<Folder>/<id>.MAI}), messages listed in id order.
 */
final class InterimMessageStore implements MessageStore {
    private final Path root;

    InterimMessageStore(Path dataDir) {
        this.root = dataDir.resolve("Postoffices");
    }

    @Override
    public StoredMessage deliver(MailboxRef mailbox, String folder, String messageId, InputStream content) throws IOException {
        Path dir = folder(mailbox, folder);
        Path tmp = dir.resolve(messageId + ".tmp");
        Files.copy(content, tmp, StandardCopyOption.REPLACE_EXISTING);
        Path file = dir.resolve(messageId + ".MAI");
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        return new StoredMessage(mailbox, folder, messageId, file, Files.size(file), System.currentTimeMillis());
    }

    @Override
    public List<StoredMessage> list(MailboxRef mailbox, String folder) throws IOException {
        List<StoredMessage> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder(mailbox, folder))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".MAI")).sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = p.getFileName().toString();
                out.add(new StoredMessage(mailbox, folder, name.substring(0, name.length() - 4), p, Files.size(p),
                        Files.getLastModifiedTime(p).toMillis()));
            }
        }
        return out;
    }

    @Override
    public InputStream open(StoredMessage message) throws IOException {
        return Files.newInputStream(message.path());
    }

    @Override
    public void delete(StoredMessage message) throws IOException {
        try {
            Files.delete(message.path());
        } catch (NoSuchFileException gone) {
            // Already removed: the contract says absent is not an error.
        }
    }

    @Override
    public long usedBytes(MailboxRef mailbox) {
        return 0;
    }

    @Override
    public Path folder(MailboxRef mailbox, String folder) throws IOException {
        Path dir = root.resolve(mailbox.postOffice().value()).resolve("MAILROOT").resolve(mailbox.mailbox().value()).resolve(folder);
        Files.createDirectories(dir);
        return dir;
    }
}
