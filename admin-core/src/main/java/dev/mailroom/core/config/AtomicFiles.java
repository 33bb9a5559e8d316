package dev.mailroom.core.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The file operations every config write is made of: write-and-fsync, atomic rename, fsync of
 * the directory (so the rename itself survives a power cut), and cheap backups by hard link
 * (files are only ever replaced by rename, never changed in place, so a link is a true copy).
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes the chunks to {@code file} (created or truncated) and fsyncs it; returns the CRC32. */
    public static long writeSynced(Path file, List<byte[]> chunks) throws IOException {
        CRC32 crc = new CRC32();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer[] buffers = new ByteBuffer[chunks.size()];
            long total = 0;
            for (int i = 0; i < buffers.length; i++) {
                byte[] c = chunks.get(i);
                crc.update(c);
                total += c.length;
                buffers[i] = ByteBuffer.wrap(c);
            }
            long written = 0;
            while (written < total) {
                written += ch.write(buffers);
            }
            ch.force(true);
        }
        return crc.getValue();
    }

    /** Temp file in the same directory, fsync, rename over the target, fsync the directory. */
    public static void replace(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        writeSynced(tmp, List.of(content));
        move(tmp, target);
        fsyncDirectory(target.getParent());
    }

    /** Atomic rename replacing the target. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes {@code copy} hold the current content of {@code source} (a hard link where possible). */
    public static void snapshot(Path source, Path copy) throws IOException {
        Files.deleteIfExists(copy);
        try {
            Files.createLink(copy, source);
        } catch (UnsupportedOperationException | FileAlreadyExistsException | SecurityException e) {
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Some file systems (FAT, some network mounts) refuse hard links: fall back to a copy.
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Flushes a directory's entries (new names, renames) to disk. A no-op where unsupported. */
    public static void fsyncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; its renames are journaled by NTFS.
            if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
                throw e;
            }
        }
    }

    public static long crc(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }
}
