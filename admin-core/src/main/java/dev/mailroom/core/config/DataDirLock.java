package dev.mailroom.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One server per data directory: an OS file lock on {@code DIR/.lock}, held for the life of the
 * process and released by the OS if the process dies (so a crash never leaves a stale lock).
 * The file holds the holder's PID, only to name it in the refusal.
 */
public final class DataDirLock implements AutoCloseable {
    public static final String FILE = ".lock";
    /**
     * Lock files this JVM holds. A second attempt from the same process must not even open the
     * file: on POSIX, closing any descriptor of a file drops every lock the process holds on it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock, creating the directory if needed.
     *
     * @throws HeldException when another process (or this one) already holds it
     */
    public static DataDirLock acquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve(FILE).toAbsolutePath().normalize();
            if (!HELD.add(file)) {
                throw new HeldException(dataDir, Long.toString(ProcessHandle.current().pid()));
            }
            try {
                return lock(dataDir, file);
            } catch (RuntimeException | IOException e) {
                HELD.remove(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static DataDirLock lock(Path dataDir, Path file) throws IOException {
        {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this JVM already
            }
            if (lock == null) {
                String holder = holderPid(ch);
                ch.close();
                throw new HeldException(dataDir, holder);
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            ch.force(true);
            return new DataDirLock(file, ch, lock);
        }
    }

    private static String holderPid(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(32);
            ch.read(buf, 0);
            String pid = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,10}") ? pid : null;
        } catch (IOException e) {
            return null; // Windows locks are mandatory: the holder's PID cannot be read there
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
            HELD.remove(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another server uses the directory. The message is the one line the server prints. */
    public static final class HeldException extends RuntimeException {
        private final String pid;

        HeldException(Path dataDir, String pid) {
            super("Data directory " + dataDir + " is in use by another Mailroom server"
                    + (pid == null ? "" : " (PID " + pid + ")"));
            this.pid = pid;
        }

        /** The holder's PID, or null when it could not be read. */
        public String pid() {
            return pid;
        }
    }
}
